import { useEffect, useRef } from 'react';
import { SignInPage } from '@backstage/core-components';
import { createFrontendModule } from '@backstage/frontend-plugin-api';
import type { SignInPageProps } from '@backstage/core-plugin-api';
import { SignInPageBlueprint } from '@backstage/plugin-app-react';

/**
 * Guest sign-in with the guest card's button focused, so Enter signs in:
 * core-components' SignInPage focuses nothing. The button appears only
 * after the page has checked for an existing session, hence the observer.
 */
export const GuestSignInPage = (props: SignInPageProps) => {
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = root.current;
    if (!container) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const focusButton = () => {
      const button = container.querySelector('button');
      if (!button) return false;
      // Material UI's ButtonBase throws when focused before it has mounted
      // its focus ripple, which it does in an effect after its first render:
      // focus once the ripple is there, or a moment later.
      if (button.querySelector('[class*="TouchRipple"]')) {
        button.focus();
      } else {
        timer = setTimeout(() => button.focus(), 200);
      }
      return true;
    };
    if (focusButton()) return () => clearTimeout(timer);
    const observer = new MutationObserver(() => {
      if (focusButton()) observer.disconnect();
    });
    observer.observe(container, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, []);
  return (
    <div ref={root}>
      <SignInPage {...props} providers={['guest']} />
    </div>
  );
};

// Guest sign-in only: the backend runs the guest auth provider, and the
// default auth policy stays on, so every request needs a Backstage token.
const signInPage = SignInPageBlueprint.make({
  params: {
    loader: async () => props => <GuestSignInPage {...props} />,
  },
});

export const signInModule = createFrontendModule({
  pluginId: 'app',
  extensions: [signInPage],
});
