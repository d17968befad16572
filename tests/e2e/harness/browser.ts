import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Flags every run uses: headless, no sandbox (containers), and nothing that talks to Google's servers. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const FIXED_PATHS = ['/usr/bin/chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

const isExecutable = (file: string): boolean => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** Finds a Chromium or Chrome binary: `CHROME_PATH`, then `/usr/bin/chromium`, then PATH, then macOS Chrome. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH=${fromEnv} is not an executable file.`);
  }
  const onPath = PATH_NAMES.flatMap((name) =>
    (env.PATH ?? '')
      .split(delimiter)
      .filter(Boolean)
      .map((dir) => join(dir, name)),
  );
  const found = [FIXED_PATHS[0]!, ...onPath, ...FIXED_PATHS.slice(1)].find(isExecutable);
  if (found) return found;
  throw new Error(
    'No Chromium or Chrome found for the browser tests.\n' +
      '  Debian/Ubuntu: apt-get install -y chromium\n' +
      '  elsewhere:     set CHROME_PATH to a Chromium or Chrome binary, e.g.\n' +
      "                 CHROME_PATH='/Applications/Google Chrome.app/Contents/MacOS/Google Chrome' npm run test:e2e",
  );
}
