/**
 * Hostile values for the injection suite. Every payload that could run script sets the global
 * canary `window.__pmPwned` (or calls a dialog, which the suite also turns into the canary), so
 * "nothing ran" is one check. The suite feeds them into every text field and URL field.
 */
export const CANARY = '__pmPwned';

const RUN = `window.${CANARY}=1`;

/** Text payloads: each one goes into every text field of every widget (rotated over the fields). */
export const TEXT_PAYLOADS: readonly string[] = [
  `<script>${RUN}</script>`,
  `<img src=x onerror="${RUN}">`,
  `"><img src=x onerror=${RUN}>`,
  `' onmouseover='${RUN}' autofocus onfocus='${RUN}' x='`,
  `<svg onload=${RUN}><circle r=9 /></svg>`,
  `<svg><script>${RUN}</script><a xlink:href="javascript:${RUN}"><text>svg link</text></a></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}></style></mglyph></table></mtext></math>`,
  `<math href="javascript:${RUN}">math link</math>`,
  `<a href="javascript:${RUN}">click me</a>`,
  `javascript:${RUN}`,
  `JaVaScRiPt:${RUN}`,
  `&#106;&#97;vascript:${RUN} &lt;b&gt;entities&lt;/b&gt; &amp;amp;`,
  ` \u0001\u0008javascript:${RUN}`,
  `data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wbVB3bmVkPTE8L3NjcmlwdD4=`,
  `vbscript:msgbox(1)`,
  `<iframe srcdoc="<script>parent.${CANARY}=1</script>"></iframe>`,
  `<details open ontoggle=${RUN}><summary>x</summary></details>`,
  `<form><button formaction="javascript:${RUN}">go</button></form>`,
  `</style></template></textarea></title><script>${RUN}</script><!--`,
  `<div><p>unclosed <b>bold <i>italic ]]> --> <![CDATA[ x`,
  `red;background:url(https://evil.example/x.png);--pm-color-accent:red`,
  `1px);inset:0;position:fixed;width:100vw;height:100vh;z-index:2147483647;x:(`,
  `}*{display:none}:host{display:none}</style><style>@import url(https://evil.example/x.css);`,
  `expression(alert(1))`,
  `\${${RUN}} {{constructor.constructor('${RUN}')()}} <?lit$1234$> lit$1234$`,
  `\u202Egnp.exe evil\u202C \u2066isolate\u2069 \u200Fright-to-left\u200E`,
  `zero\u200Bwidth\u200C\u200Djoiner\uFEFFbom\u2060word`,
  `\u202E\u202E\u202E\u202E ‮overridden‬`,
  `W`.repeat(100_000),
];

/**
 * URLs that pass the schema (http and https) but try to break out of the attribute or hide a
 * scheme: they may be linked, but only as http(s).
 */
export const ALLOWED_URL_PAYLOADS: readonly string[] = [
  `https://evil.example/a.png" onerror="${RUN}`,
  `https://evil.example/"><script>${RUN}</script>`,
  `http://evil.example/?q=javascript:${RUN}#<img src=x onerror=${RUN}>`,
  `HTTPS://EVIL.EXAMPLE/%22%3E%3Cscript%3E`,
  `https://evil.example/\u202Egnp.exe`,
  `https://user:pass@evil.example:8443/x?y=1`,
];

/** URLs the schemas refuse: the widget must never link them (its answer is refused or the item dropped). */
export const UNSAFE_URL_PAYLOADS: readonly string[] = [
  `javascript:${RUN}`,
  `JaVaScRiPt:${RUN}`,
  ` javascript:${RUN}`,
  `\u0001\u0002javascript:${RUN}`,
  `java\tscript:${RUN}`,
  `java\nscript:${RUN}`,
  `&#106;avascript:${RUN}`,
  `data:text/html,<script>${RUN}</script>`,
  `data:image/svg+xml,<svg onload="${RUN}"/>`,
  `vbscript:msgbox(1)`,
  `//evil.example/x.png`,
  `/relative/x.png`,
  `file:///etc/passwd`,
  `blob:https://evil.example/uuid`,
];
