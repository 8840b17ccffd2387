import { expect } from '@open-wc/testing';

/**
 * Loads core in an iframe under a strict CSP (no 'unsafe-eval') and parses data through the
 * validating wrapper. The control case proves the policy is in force: `new Function` is reported.
 */
function runUnderCsp(body: string): Promise<{ result: string; violations: string[] }> {
  const iframe = document.createElement('iframe');
  const moduleUrl = new URL('./csp-probe.ts', import.meta.url).href;
  iframe.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'">
    <script type="module" src="${moduleUrl}" data-body="${body}"></script>`;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the probe did not answer')), 8000);
    window.addEventListener('message', function onMessage(event) {
      if (event.source !== iframe.contentWindow) return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      iframe.remove();
      resolve(event.data);
    });
    document.body.append(iframe);
  });
}

describe('strict Content-Security-Policy', () => {
  it('the policy is in force: eval is blocked and reported (control)', async () => {
    const { result, violations } = await runUnderCsp('eval');
    expect(result).to.equal('blocked');
    expect(violations.join()).to.contain('eval');
  });

  it('validation runs without unsafe-eval and without violation reports', async () => {
    const { result, violations } = await runUnderCsp('validate');
    expect(result).to.equal('invalid-response:listGoals returned goals[1].progress = 3; expected a number from 0 to 1|ok:2');
    expect(violations).to.deep.equal([]);
  });
});
