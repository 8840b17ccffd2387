import { expect } from '@open-wc/testing';
import { findScormApi, formatSessionTime, parseCmi5Launch, ScormSession, suspendStore, SUSPEND_LIMIT, type LmsProblem } from '@pm-widgets/lms';

/** A SCORM 1.2 API that keeps values; `fail` makes LMSSetValue refuse with that error code. */
function api12(fail?: string) {
  const values = new Map<string, string>();
  let last = '0';
  return {
    values,
    LMSInitialize: () => ((last = '0'), 'true'),
    LMSFinish: () => ((last = '0'), 'true'),
    LMSGetValue: (n: string) => ((last = '0'), values.get(n) ?? ''),
    LMSSetValue: (n: string, v: string) => {
      if (fail) return (last = fail), 'false';
      values.set(n, v);
      last = '0';
      return 'true';
    },
    LMSCommit: () => ((last = '0'), 'true'),
    LMSGetLastError: () => last,
    LMSGetErrorString: (c: string) => (c === '351' ? 'General Set Failure' : ''),
  };
}

function frame(): Promise<HTMLIFrameElement> {
  const f = document.createElement('iframe');
  f.title = 'level';
  document.body.append(f);
  return Promise.resolve(f);
}

describe('findScormApi', () => {
  afterEach(() => {
    for (const f of document.querySelectorAll('iframe')) f.remove();
    delete (window as { API?: unknown }).API;
    delete (window as { API_1484_11?: unknown }).API_1484_11;
  });

  it('climbs from a nested frame to the API in the top window, 2004 first unless 1.2 is asked for', async () => {
    const outer = await frame();
    const inner = outer.contentDocument!.createElement('iframe');
    outer.contentDocument!.body.append(inner);
    const a12 = api12();
    const a2004 = { Initialize: () => 'true' };
    Object.assign(window, { API: a12, API_1484_11: a2004 });
    const deep = inner.contentWindow!;
    expect(findScormApi(deep)).to.deep.equal({ version: '2004', api: a2004 });
    expect(findScormApi(deep, '1.2')).to.deep.equal({ version: '1.2', api: a12 });
  });

  it('looks in the opener (and its parents) when no parent has it, and returns null when nobody has one', () => {
    const opener = { API: api12() } as unknown as Window;
    (opener as { parent: Window }).parent = opener;
    const popup = { opener } as unknown as Window;
    (popup as { parent: Window }).parent = popup;
    expect(findScormApi(popup)?.version).to.equal('1.2');
    const alone = { opener: null } as unknown as Window;
    (alone as { parent: Window }).parent = alone;
    expect(findScormApi(alone)).to.equal(null);
  });
});

describe('ScormSession', () => {
  it('reports completion and session time, and terminates once', () => {
    const api = api12();
    const session = new ScormSession({ version: '1.2', api });
    expect(session.start()).to.equal(true);
    expect(session.complete()).to.equal(true);
    session.finish();
    session.finish();
    expect(api.values.get('cmi.core.lesson_status')).to.equal('completed');
    expect(api.values.get('cmi.core.session_time')).to.match(/^0000:00:\d{2}\.\d{2}$/);
  });

  it('reads and logs error codes instead of throwing', () => {
    const logged: LmsProblem[] = [];
    const session = new ScormSession({ version: '1.2', api: api12('351') }, (p) => logged.push(p));
    session.start();
    expect(session.complete()).to.equal(false);
    expect(logged[0]).to.deep.equal({ call: 'SetValue(cmi.core.lesson_status)', code: '351', message: 'General Set Failure' });
    const throwing = new ScormSession({ version: '2004', api: { Initialize: () => { throw new Error('LMS gone'); } } }, (p) => logged.push(p));
    expect(throwing.start()).to.equal(false);
    expect(logged.at(-1)).to.include({ call: 'Initialize', code: 'exception', message: 'LMS gone' });
  });

  it('formats session time for each version', () => {
    expect(formatSessionTime(3_723_450, '2004')).to.equal('PT1H2M3.45S');
    expect(formatSessionTime(3_723_450, '1.2')).to.equal('0001:02:03.45');
  });
});

describe('suspend data', () => {
  const draft = (answers: Record<string, number | string | null>) => ({ answers, savedAt: '2026-12-01T00:00:00.000Z' });

  it('keeps a small draft as JSON, compresses a big one within the 1.2 limit, refuses one that will not fit', async () => {
    const api = api12();
    const session = new ScormSession({ version: '1.2', api });
    session.start();
    const store = suspendStore(session, SUSPEND_LIMIT['1.2']);
    expect(await store.save('a-1', draft({ q1: 4 }))).to.deep.equal({ ok: true });
    expect(api.values.get('cmi.suspend_data')!.startsWith('j:')).to.equal(true);
    expect(api.values.get('cmi.core.exit')).to.equal('suspend');

    const long = draft({ q2: 'The same sentence again. '.repeat(400) });
    expect(await store.save('a-1', long)).to.deep.equal({ ok: true });
    const kept = api.values.get('cmi.suspend_data')!;
    expect(kept.startsWith('z:')).to.equal(true);
    expect(kept.length).to.be.at.most(4096);
    expect(await store.load()).to.deep.equal({ assignmentId: 'a-1', draft: long });

    const random = Array.from(crypto.getRandomValues(new Uint8Array(6000)), (b) => b.toString(36)).join('');
    const refused = await store.save('a-1', draft({ q2: random }));
    expect(refused.ok).to.equal(false);
    expect((refused as { reason: string }).reason).to.match(/too long .* of 4096 characters/);
    expect(await store.load()).to.deep.equal({ assignmentId: 'a-1', draft: long }, 'the last kept draft stays');
  });
});

describe('parseCmi5Launch', () => {
  it('needs all five launch parameters and a JSON actor', () => {
    const q = new URLSearchParams({ endpoint: 'https://lrs.example/xapi', fetch: 'https://lms.example/f', actor: '{"account":{"homePage":"h","name":"n"}}', registration: 'r', activityId: 'https://a' });
    expect(parseCmi5Launch(`?${q}`)).to.deep.include({ endpoint: 'https://lrs.example/xapi/', registration: 'r' });
    q.delete('fetch');
    expect(parseCmi5Launch(`?${q}`)).to.equal(null);
    q.set('fetch', 'f');
    q.set('actor', 'not json');
    expect(parseCmi5Launch(`?${q}`)).to.equal(null);
  });
});
