import type { ReactNode } from 'react';
import Typography from '@material-ui/core/Typography';
import Timeline from '@material-ui/lab/Timeline';
import TimelineConnector from '@material-ui/lab/TimelineConnector';
import TimelineContent from '@material-ui/lab/TimelineContent';
import TimelineDot from '@material-ui/lab/TimelineDot';
import TimelineItem from '@material-ui/lab/TimelineItem';
import TimelineOppositeContent from '@material-ui/lab/TimelineOppositeContent';
import TimelineSeparator from '@material-ui/lab/TimelineSeparator';
import { makeStyles } from '@material-ui/core/styles';
import type { CoordinationEvent } from '@agent-coordination/plugin-agent-coordination-common';
import { Actor } from '../Conflicts/Actor';
import { useAgentDirectory } from '../Conflicts/AgentDirectory';
import { formatAgo, formatTime } from '../Conflicts/time';
import { useNow } from '../Conflicts/useNow';

const useStyles = makeStyles({
  // The lab Timeline centres its line; a log reads better with the times
  // in a narrow column on the left.
  opposite: { flex: '0 0 170px', paddingLeft: 0 },
  item: { minHeight: 64 },
});

/** One event in words: what happened, and a line of detail. */
export interface DescribedEvent {
  what: string;
  detail?: ReactNode;
  dot: 'grey' | 'primary' | 'secondary' | 'inherit';
  variant?: 'outlined';
}

/**
 * A subject's history, oldest first, as its event log has it: each entry
 * says what happened (`describe`), who did it (a person, a token, or a
 * sweep), why (the event's reason) and when.
 */
export const EventTimeline = ({
  events,
  describe,
  testId,
}: {
  events: CoordinationEvent[];
  describe(
    event: CoordinationEvent,
    nameOf: (key: string) => string,
  ): DescribedEvent;
  testId: string;
}) => {
  const classes = useStyles();
  const { nameOf } = useAgentDirectory();
  // Minutes are enough for "5 min ago"; no need to re-render every second.
  const now = useNow(true, 60_000);
  return (
    <Timeline align="left" data-testid={testId}>
      {events.map((event, i) => {
        const d = describe(event, nameOf);
        return (
          <TimelineItem
            key={event.id}
            className={classes.item}
            data-testid="timeline-event"
            data-type={event.type}
          >
            <TimelineOppositeContent className={classes.opposite}>
              <Typography variant="body2" title={event.createdAt}>
                <time dateTime={event.createdAt}>
                  {formatTime(event.createdAt)}
                </time>
              </Typography>
              <Typography variant="caption" color="textSecondary">
                {formatAgo(event.createdAt, now)}
              </Typography>
            </TimelineOppositeContent>
            <TimelineSeparator>
              <TimelineDot color={d.dot} variant={d.variant} />
              {i < events.length - 1 && <TimelineConnector />}
            </TimelineSeparator>
            <TimelineContent>
              <Typography
                variant="body2"
                style={{ fontWeight: 500 }}
                data-testid="timeline-what"
              >
                {d.what}
              </Typography>
              <Typography
                variant="caption"
                color="textSecondary"
                component="div"
              >
                <Actor actor={event.actor} actorAgent={event.actorAgent} />
              </Typography>
              {event.reason && (
                <Typography
                  variant="body2"
                  component="div"
                  data-testid="timeline-why"
                >
                  {event.reason}
                </Typography>
              )}
              {d.detail && (
                <Typography
                  variant="body2"
                  color="textSecondary"
                  component="div"
                >
                  {d.detail}
                </Typography>
              )}
            </TimelineContent>
          </TimelineItem>
        );
      })}
    </Timeline>
  );
};
