// The browser CMS on /beheer/ (src/pages/beheer/index.astro): loads Decap CMS from the site itself,
// adds our widgets (src/browser/cms-widgets.ts) and starts it with the configuration made from the
// schemas (src/validation/cms-config.ts). On the staff member's own machine (`npm run beheer`) it
// uses the local backend at /beheer/api/ on the same origin, which writes the files in content/.
import { adminApiPath } from '../lib/paths.ts';
import { cmsConfig } from '../validation/cms-config.ts';
import { registerCleanUp, registerWidgets, type Cms } from './cms-widgets.ts';

declare global {
  interface Window {
    CMS?: Cms;
    CMS_MANUAL_INIT?: boolean;
  }
}

const root = document.getElementById('beheer');
if (root) void start(root);

async function start(element: HTMLElement): Promise<void> {
  const data = element.dataset;
  const { config, rules } = cmsConfig({
    files: JSON.parse(data['bestanden'] ?? '[]') as string[],
    repository: data['repository'] ?? '',
    branch: data['branch'] ?? 'main',
    authBaseUrl: data['aanmelden'] ?? '',
  });
  // Decap starts itself when its script runs, unless told not to: first our widgets and configuration.
  window.CMS_MANUAL_INIT = true;
  await loadScript(data['cms'] ?? '');
  const cms = window.CMS;
  if (!cms) throw new Error('Decap CMS did not load');
  registerWidgets(cms, rules);
  registerCleanUp(cms);
  cms.init({ config: { ...config, local_backend: { url: new URL(data['api'] ?? adminApiPath(), location.href).href } } });
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Could not load ${src}`));
    document.head.append(script);
  });
}
