import type { Deadlines, Session } from '../../api-schema.js';
import { DEADLINE_LABELS, DeadlineText, useNow } from '../../components/history.js';

/** The session's deadlines, when each closes (UTC) and the time left, kept current while the page is open. */
export function SessionDeadlines({ deadlines, session }: { deadlines: Deadlines; session: Session }) {
  const now = useNow();
  return (
    <section aria-labelledby="desk-deadlines">
      <h2 id="desk-deadlines">
        Deadlines of {session.body} session {session.session}
      </h2>
      <p>
        The secretariat's: a late act is refused, naming the deadline it missed, until the secretariat extends it. A
        draft may have its own (shown in its row).
      </p>
      <dl className="deadlines" data-testid="session-deadlines">
        {DEADLINE_LABELS.map(([key, label]) => (
          <div key={key}>
            <dt>{label}</dt>
            <dd>
              <DeadlineText deadline={deadlines[key]} now={now} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
