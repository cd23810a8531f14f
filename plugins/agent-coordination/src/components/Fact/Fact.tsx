import type { ReactNode } from 'react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';

/** One labelled fact on a detail page; its test id is the label in kebab case (`fact-blocked-tasks`). */
export const Fact = ({
  label,
  children,
}: {
  label: string;
  children: ReactNode;
}) => (
  <Box
    mb={1.5}
    data-testid={`fact-${label.toLowerCase().replace(/\W+/g, '-')}`}
  >
    <Typography variant="overline" color="textSecondary" component="div">
      {label}
    </Typography>
    <Typography variant="body2" component="div">
      {children}
    </Typography>
  </Box>
);
