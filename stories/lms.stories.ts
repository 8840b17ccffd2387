import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { DEMO } from '@pm-widgets/core/memory';
import { launch } from '@pm-widgets/lms/launch.js';

/**
 * The survey as a learner meets it inside a learning platform: a simulated LMS page gives the
 * SCORM 1.2 API (`window.API`) and runs the package's launch page in its player area, with the
 * memory adapter as a try-out package would. The panel beside it shows every value the LMS
 * receives: for a peer, only completion and session time.
 */
const meta: Meta = {
  title: 'LMS/Survey in a learning platform',
  parameters: { pmAdapter: null, layout: 'fullscreen' },
  argTypes: {
    assignment: {
      control: 'select',
      options: [DEMO.raterAssignmentIds.peer, DEMO.assignmentIds.self, DEMO.raterAssignmentIds.upward],
      description: 'Peer, self-assessment (resume draft in suspend data), upward feedback',
    },
  },
  args: { assignment: DEMO.raterAssignmentIds.peer },
};
export default meta;
type Story = StoryObj<{ assignment: string }>;

/** A SCORM 1.2 API that keeps the values it is given and lists each call in `log`. */
function simulatedApi(log: HTMLOListElement): Record<string, (...args: string[]) => string> {
  const values = new Map<string, string>([['cmi.core.student_id', 'learner-7'], ['cmi.core.student_name', 'Learner, Test']]);
  const note = (text: string) => {
    const li = document.createElement('li');
    li.textContent = text;
    log.append(li);
  };
  return {
    LMSInitialize: () => (note('LMSInitialize'), 'true'),
    LMSFinish: () => (note('LMSFinish'), 'true'),
    LMSGetValue: (name = '') => values.get(name) ?? '',
    LMSSetValue: (name = '', value = '') => (values.set(name, value), note(`${name} = ${value.length > 60 ? `${value.slice(0, 60)}…` : value}`), 'true'),
    LMSCommit: () => (note('LMSCommit'), 'true'),
    LMSGetLastError: () => '0',
    LMSGetErrorString: () => '',
    LMSGetDiagnostic: () => '',
  };
}

const shell = `
  .lms { display: grid; grid-template-columns: minmax(0, 1fr) 18rem; min-height: 100vh; font-family: system-ui, sans-serif;
    background: light-dark(#eef0f3, #101317); color: light-dark(#1b2330, #e6e9ee); }
  .lms header { grid-column: 1 / -1; display: flex; gap: 1rem; align-items: baseline; padding: 0.75rem 1.25rem;
    background: light-dark(#29385a, #1a2233); color: #fff; }
  .lms header strong { font-size: 1.0625rem; }
  .lms header span { opacity: 0.8; font-size: 0.875rem; }
  .lms .player { margin: 1rem; border-radius: 10px; background: light-dark(#fff, #181c22); border: 1px solid light-dark(#d5dbe4, #323a47);
    padding: 1rem 1.25rem; min-width: 0; }
  .lms aside { margin: 1rem 1rem 1rem 0; font-size: 0.8125rem; }
  .lms aside h2 { font-size: 0.9375rem; margin: 0 0 0.5rem; }
  .lms aside ol { margin: 0; padding-left: 1.25rem; display: grid; gap: 0.25rem; overflow-wrap: anywhere; }
  .lms .pm-lms-notices { display: grid; gap: 0.5rem; margin-bottom: 1rem; }
  .lms .pm-lms-notice { margin: 0; padding: 0.5rem 0.75rem; border-radius: 8px; background: light-dark(#eef3fd, #1c2638);
    border: 1px solid light-dark(#c9d8f5, #2f436b); }
  .lms .pm-lms-notice.warning { background: light-dark(#fff6e5, #33280f); border-color: light-dark(#f0cf8c, #6b5320); }
  @media (max-width: 720px) { .lms { grid-template-columns: 1fr; } .lms aside { margin: 0 1rem 1rem; } }
`;

/** The simulated LMS: course header, the activity in the player area, and what the LMS received. */
export const AsALearner: Story = {
  render: ({ assignment }) => {
    let log: HTMLOListElement | undefined;
    const start = (player?: Element) => {
      if (!(player instanceof HTMLElement) || !log || player.dataset['started'] === assignment) return;
      player.dataset['started'] = assignment;
      player.replaceChildren();
      log.replaceChildren();
      (window as unknown as { API: unknown }).API = simulatedApi(log);
      void launch({ format: 'scorm12', widget: 'survey-360', assignment, title: '360° feedback' }, player);
    };
    return html`
      <style>${shell}</style>
      <div class="lms">
        <header><strong>Learning platform (simulated)</strong><span>Leadership programme › 360° feedback · SCORM 1.2</span></header>
        <main class="player" aria-label="Activity" ${ref((el) => queueMicrotask(() => start(el)))}></main>
        <aside aria-label="What the learning platform receives">
          <h2>What the LMS receives</h2>
          <ol ${ref((el) => (log = el as HTMLOListElement | undefined))}></ol>
        </aside>
      </div>`;
  },
};
