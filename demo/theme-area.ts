/**
 * Issue 16's demo switches: a portal skin (default, corporate, warm — docs/themes/*.css, tokens and
 * ::part only) and the widgets' language (English, German, Arabic — Arabic lays out right to left).
 * Both are added to the demo bar; the language goes to the provider's `locale`, so every widget
 * follows and fetches its catalogue on demand.
 */
// Read as text and adopted as is: a production build's CSS pipeline would lower light-dark() into
// variables that only its own color-scheme rules set, leaving the skins' colours invalid.
import corporateSkin from '../docs/themes/corporate.css?raw';
import warmSkin from '../docs/themes/warm.css?raw';

const skins = new CSSStyleSheet();
skins.replaceSync(`${corporateSkin}\n${warmSkin}`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, skins];

const bar = document.querySelector('.demobar');
const provider = document.querySelector('pm-provider');

function select(label: string, id: string, options: [string, string][], onChange: (value: string) => void): void {
  const wrapper = document.createElement('label');
  wrapper.className = 'viewer';
  wrapper.append(`${label} `);
  const field = document.createElement('select');
  field.id = id;
  for (const [value, text] of options) field.append(new Option(text, value));
  const saved = localStorage.getItem(`pm-demo:${id}`);
  if (saved && options.some(([value]) => value === saved)) field.value = saved;
  field.addEventListener('change', () => {
    localStorage.setItem(`pm-demo:${id}`, field.value);
    onChange(field.value);
  });
  wrapper.append(field);
  bar?.insertBefore(wrapper, bar.querySelector('#reset'));
  onChange(field.value);
}

select('Skin', 'skin', [['', 'Default'], ['corporate', 'Corporate (blue, square, dense)'], ['warm', 'Warm (rounded)']], (value) => {
  if (value) document.body.dataset['pmSkin'] = value;
  else delete document.body.dataset['pmSkin'];
  provider?.setAttribute('density', value === 'corporate' ? 'compact' : 'comfortable');
});

select('Language', 'language', [['en', 'English'], ['de', 'Deutsch'], ['ar', 'العربية']], (value) => {
  provider?.setAttribute('locale', value);
});
