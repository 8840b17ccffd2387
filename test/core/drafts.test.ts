import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { AdapterError } from '@pm-widgets/core';
import { AutosaveController, SubmissionController, isAnswered, isBlank, newIdempotencyKey } from '@pm-widgets/core/drafts';

interface Value {
  text: string;
}

/** A tiny host wiring the two controllers the way every widget does. */
class DraftsHost extends LitElement {
  value: Value = { text: '' };
  storage = 'pm-test:draft:one';
  saves: Value[] = [];
  saveImpl: (value: Value) => Promise<unknown> = async (value) => {
    this.saves.push(structuredClone(value));
    return { ok: true };
  };
  sendImpl: (value: Value, key: string) => Promise<string> = async (_value, key) => key;
  submitted: string[] = [];
  failures = 0;

  readonly autosave = new AutosaveController<Value>(this, {
    value: () => this.value,
    save: (value) => this.saveImpl(value),
    storageKey: () => this.storage,
    delay: () => 30,
    retryDelay: () => 10,
    maxRetryDelay: 40,
  });

  readonly submission = new SubmissionController<Value, string>(this, {
    value: () => this.value,
    send: (value, key) => this.sendImpl(value, key),
    retryDelay: () => 5,
    beforeSubmit: () => this.autosave.pause(),
    keyStore: this.autosave.keyStore,
    onSubmitted: (result) => {
      this.submitted.push(result);
      this.autosave.discard();
    },
    onFailed: () => {
      this.failures++;
    },
  });

  type(text: string): void {
    this.value = { text };
    this.autosave.change();
  }

  override render() {
    return html`<p>${this.autosave.state}</p>`;
  }
}
customElements.define('pm-drafts-host', DraftsHost);

function setOnline(online: boolean): void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

async function mount(setup?: (el: DraftsHost) => void): Promise<DraftsHost> {
  const el = document.createElement('pm-drafts-host') as DraftsHost;
  setup?.(el);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const network = () => new AdapterError('network', 'offline', { retryable: true });

describe('@pm-widgets/core/drafts', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    document.querySelectorAll('pm-drafts-host').forEach((el) => el.remove());
    delete (navigator as { onLine?: boolean }).onLine;
  });

  describe('AutosaveController', () => {
    it('writes the device copy synchronously and saves to the backend once, debounced', async () => {
      const el = await mount();
      el.type('a');
      el.type('ab');
      el.type('abc');
      expect(el.autosave.readDevice()?.value).to.deep.equal({ text: 'abc' });
      expect(el.saves).to.have.length(0);
      await waitUntil(() => el.autosave.state === 'saved');
      expect(el.saves).to.deep.equal([{ text: 'abc' }]);
      // Confirmed by the backend: the device copy is no longer needed.
      expect(el.autosave.readDevice()).to.equal(undefined);
      expect(el.autosave.dirty).to.equal(false);
    });

    it('saves at once when the page is hidden', async () => {
      const el = await mount();
      el.type('hide me');
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      try {
        document.dispatchEvent(new Event('visibilitychange'));
        await aTimeout(0);
        expect(el.saves).to.deep.equal([{ text: 'hide me' }]);
      } finally {
        delete (document as { visibilityState?: string }).visibilityState;
      }
    });

    it('keeps the device copy while offline and saves when back online', async () => {
      const el = await mount();
      setOnline(false);
      el.type('written offline');
      await el.updateComplete;
      expect(el.autosave.state).to.equal('offline');
      await aTimeout(60);
      expect(el.saves).to.have.length(0);
      expect(el.autosave.readDevice()?.value.text).to.equal('written offline');
      setOnline(true);
      await waitUntil(() => el.autosave.state === 'saved');
      expect(el.saves).to.deep.equal([{ text: 'written offline' }]);
    });

    it('retries a failed save with backoff and keeps the device copy meanwhile', async () => {
      let calls = 0;
      const el = await mount((host) => {
        host.saveImpl = async (value) => {
          calls++;
          if (calls < 3) throw new AdapterError('unavailable', 'down', { retryable: true });
          host.saves.push(value);
          return {};
        };
      });
      el.type('stubborn');
      await waitUntil(() => el.autosave.state === 'retrying');
      expect(el.autosave.readDevice()?.value.text).to.equal('stubborn');
      await waitUntil(() => el.autosave.state === 'saved', 'saved after retries', { timeout: 2000 });
      expect(calls).to.equal(3);
      expect(el.saves).to.deep.equal([{ text: 'stubborn' }]);
    });

    it('stops on a non-retryable failure and says so', async () => {
      let calls = 0;
      const el = await mount((host) => {
        host.saveImpl = async () => {
          calls++;
          throw new AdapterError('forbidden', 'no', { retryable: false });
        };
      });
      el.type('x');
      await waitUntil(() => el.autosave.state === 'failed');
      await aTimeout(80);
      expect(calls).to.equal(1);
      expect(el.autosave.readDevice()?.value.text).to.equal('x');
    });
  });

  describe('SubmissionController', () => {
    it('sends once with one key; a double submit does not send twice', async () => {
      const keys: string[] = [];
      const el = await mount((host) => {
        host.sendImpl = async (_v, key) => {
          keys.push(key);
          await aTimeout(20);
          return 'stored';
        };
      });
      el.type('final');
      void el.submission.submit();
      void el.submission.submit();
      await waitUntil(() => el.submitted.length === 1);
      await aTimeout(40);
      expect(keys).to.have.length(1);
      expect(el.submitted).to.deep.equal(['stored']);
      // Confirmed: the key and the device copy are gone; the next submission gets a new key.
      expect(el.autosave.keyStore.read()).to.equal(undefined);
      expect(el.autosave.readDevice()).to.equal(undefined);
    });

    it('retries with backoff using the same key, then reports failure and keeps the key for a manual retry', async () => {
      const keys: string[] = [];
      const el = await mount((host) => {
        host.sendImpl = async (_v, key) => {
          keys.push(key);
          throw network();
        };
      });
      el.type('answers');
      await el.submission.submit();
      await waitUntil(() => el.failures === 1, 'failed after retries', { timeout: 2000 });
      expect(keys).to.have.length(4);
      expect(new Set(keys).size).to.equal(1);
      expect(el.submission.failed).to.equal(true);
      expect(el.autosave.keyStore.read()).to.equal(keys[0]);
      el.sendImpl = async (_v, key) => {
        keys.push(key);
        return 'stored';
      };
      await el.submission.submit();
      await waitUntil(() => el.submitted.length === 1);
      expect(keys.at(-1)).to.equal(keys[0]);
    });

    it('reuses the stored key after a reload (a lost answer is recognised, not stored twice)', async () => {
      const stored = new Map<string, Value>();
      const server = async (value: Value, key: string) => {
        if (!stored.has(key)) stored.set(key, value);
        return key;
      };
      const first = await mount((host) => {
        // The backend stores, but the answer never arrives.
        host.sendImpl = async (value, key) => {
          await server(value, key);
          throw new AdapterError('network', 'lost', { retryable: false });
        };
      });
      first.type('once');
      await first.submission.submit();
      await waitUntil(() => first.failures === 1);
      const key = first.autosave.keyStore.read();
      expect(key).to.be.a('string');
      first.remove();

      // "Reload": a new element, same storage key.
      const second = await mount((host) => {
        host.sendImpl = server;
      });
      second.value = { text: 'once' };
      expect(second.submission.idempotencyKey).to.equal(key);
      await second.submission.submit();
      await waitUntil(() => second.submitted.length === 1);
      expect(second.submitted[0]).to.equal(key);
      expect(stored.size).to.equal(1);
    });

    it('waits for an autosave in flight before submitting', async () => {
      const order: string[] = [];
      const el = await mount((host) => {
        host.saveImpl = async () => {
          order.push('save-start');
          await aTimeout(30);
          order.push('save-end');
          return {};
        };
        host.sendImpl = async (_v, key) => {
          order.push('submit');
          return key;
        };
      });
      el.type('x');
      void el.autosave.flush();
      await el.submission.submit();
      await waitUntil(() => el.submitted.length === 1);
      expect(order).to.deep.equal(['save-start', 'save-end', 'submit']);
    });
  });

  describe('helpers', () => {
    it('isBlank, isAnswered and fresh keys', () => {
      expect(isBlank('  ')).to.equal(true);
      expect(isBlank('a')).to.equal(false);
      expect(isAnswered(3)).to.equal(true);
      expect(isAnswered(0)).to.equal(true);
      expect(isAnswered([])).to.equal(false);
      expect(isAnswered(' ')).to.equal(false);
      expect(newIdempotencyKey()).to.not.equal(newIdempotencyKey());
    });
  });
});
