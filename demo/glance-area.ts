import { isoWeekOf, shiftIsoWeek, type CheckInsPort, type GoalsPort, type Person } from '@pm-widgets/core';
import { people } from './org.js';

/**
 * "This week": what needs the viewer now — their own check-in, their reports' check-ins that
 * wait for a reply, and their goals that need attention. Read through the same adapter as the
 * widgets, refreshed when the viewer changes or a widget saves something.
 */
const list = document.querySelector<HTMLUListElement>('#glance')!;
const provider = document.querySelector('pm-provider')!;
let viewer: Person | undefined;
let run = 0;

const item = (count: string, title: string, detail: string, tone?: 'warning') => {
  const li = document.createElement('li');
  if (tone) li.dataset['tone'] = tone;
  const badge = document.createElement('span');
  badge.className = 'count';
  badge.textContent = count;
  badge.setAttribute('aria-hidden', 'true');
  const text = document.createElement('span');
  // The badge is for the eye; assistive technology reads the count as part of the sentence.
  if (/^\d+$/.test(count)) {
    const hidden = document.createElement('span');
    hidden.className = 'visually-hidden';
    hidden.textContent = `${count} `;
    text.append(hidden);
  }
  text.append(title);
  const small = document.createElement('small');
  small.textContent = detail;
  text.append(small);
  li.append(badge, text);
  return li;
};

async function refresh(): Promise<void> {
  const me = viewer;
  const adapter = provider.adapter as Partial<GoalsPort & CheckInsPort> | undefined;
  if (!me || !adapter?.listGoals || !adapter.getCheckIn) return;
  const mine = ++run;
  const thisWeek = isoWeekOf(new Date());
  const weeks = [thisWeek, shiftIsoWeek(thisWeek, -1)];
  const reports = people.filter((p) => p.managerId === me.id);
  try {
    const [own, goals, ...reportCheckIns] = await Promise.all([
      adapter.getCheckIn({ personId: me.id, period: thisWeek }),
      adapter.listGoals({ ownerId: me.id }),
      ...reports.flatMap((report) => weeks.map((period) => adapter.getCheckIn!({ personId: report.id, period }))),
    ]);
    if (mine !== run) return;
    const waiting = reportCheckIns.filter((c) => c.checkIn?.status === 'submitted' && !c.checkIn.managerReply);
    const attention = goals.goals.filter((g) => g.status === 'at-risk' || g.status === 'off-track');
    const items: HTMLLIElement[] = [];
    const status = own.checkIn?.status;
    items.push(item(status === 'submitted' ? '✓' : '1',
      status === 'submitted' ? 'Your check-in is in' : status === 'draft' ? 'Finish your check-in' : 'Write your weekly check-in',
      status === 'submitted' ? 'Thanks — your manager will reply.' : 'Five minutes: progress, wins, blockers and one focus.'));
    if (reports.length) {
      const names = waiting.map((c) => c.person?.name.split(' ')[0]).filter(Boolean);
      items.push(item(String(waiting.length), waiting.length === 1 ? 'check-in waits for your reply' : 'check-ins wait for your reply',
        names.length ? `From ${[...new Set(names)].join(', ')}.` : 'All answered. Nice.', waiting.length ? 'warning' : undefined));
    }
    items.push(item(String(attention.length), attention.length === 1 ? 'of your goals needs attention' : 'of your goals need attention',
      attention.length ? attention.map((g) => g.title).slice(0, 2).join(' · ') : 'Everything is on track.', attention.length ? 'warning' : undefined));
    list.replaceChildren(...items);
  } catch {
    if (mine === run) list.replaceChildren(item('!', 'Could not load this week’s summary', 'The demo backend did not answer; try again.'));
  }
}

document.addEventListener('pm-demo-viewer', (event) => {
  viewer = (event as CustomEvent<Person>).detail;
  void refresh();
});
for (const type of ['pm-goal-change', 'pm-check-in-submit', 'pm-check-in-reply']) document.addEventListener(type, () => void refresh());
