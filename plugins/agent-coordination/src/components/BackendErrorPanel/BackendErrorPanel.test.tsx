import { render, screen } from '@testing-library/react';
import { ResponseError } from '@backstage/errors';
import { backendError } from '../../__testUtils__/backendError';
import { BackendErrorPanel } from './BackendErrorPanel';
import { describeBackendError } from './backendErrorMessage';

describe('describeBackendError', () => {
  it("takes the backend's message, not the status line", async () => {
    const error = await backendError(
      400,
      'Bad Request',
      'InputError',
      "Invalid query: 'path' must not contain '..'",
    );
    expect(error.message).toBe('Request failed with 400 Bad Request');
    expect(describeBackendError(error)).toEqual({
      message: "Invalid query: 'path' must not contain '..'",
      detail: '400 Bad Request · InputError',
    });
  });

  it('keeps the status of an answer that is not JSON, and shortens a long one', async () => {
    const error = await ResponseError.fromResponse(
      new Response(`<html>${'x'.repeat(2000)}</html>`, {
        status: 502,
        statusText: 'Bad Gateway',
        headers: { 'Content-Type': 'text/html' },
      }),
    );
    const { message, detail } = describeBackendError(error);
    expect(message).toMatch(
      /^Request failed with status 502 Bad Gateway, <html>x+…$/,
    );
    expect(message.length).toBe(500);
    expect(detail).toBe('502 Bad Gateway');
  });

  it('names a network failure', () => {
    expect(describeBackendError(new TypeError('Failed to fetch'))).toEqual({
      message: 'Failed to fetch',
      detail: 'TypeError',
    });
    expect(describeBackendError('odd')).toEqual({ message: 'odd' });
  });
});

describe('BackendErrorPanel', () => {
  it("shows the backend's message in full view, without a stack trace", async () => {
    const error = await backendError(
      403,
      'Forbidden',
      'NotAllowedError',
      'You may not read tasks',
    );
    render(
      <BackendErrorPanel error={error} title="Could not load the agents" />,
    );

    expect(screen.getByRole('alert')).toHaveTextContent(
      'Could not load the agentsYou may not read tasks403 Forbidden · NotAllowedError',
    );
    expect(screen.getByTestId('backend-error-message')).toBeVisible();
    expect(screen.queryByText(/Request failed with/)).toBeNull();
    expect(screen.queryByText(/at .*\.js/)).toBeNull();
  });
});
