/**
 * The page test/node/outbox.test.mjs opens (served by Vite): a check-in inside a provider that talks
 * to the reference server given in the query, `?api=…&token=…&person=…&period=…`.
 */
import '@pm-widgets/core/pm-provider.js';
import '@pm-widgets/check-in/pm-check-in.js';

const query = new URLSearchParams(location.search);
const provider = document.createElement('pm-provider');
provider.api = query.get('api') ?? '';
provider.viewer = query.get('person') ?? '';
const token = query.get('token') ?? '';
provider.getHeaders = () => ({ authorization: `Bearer ${token}` });
const checkIn = document.createElement('pm-check-in');
checkIn.setAttribute('person', query.get('person') ?? '');
checkIn.setAttribute('period', query.get('period') ?? '');
checkIn.retryDelay = 200;
provider.append(checkIn);
document.getElementById('main')!.append(provider);
