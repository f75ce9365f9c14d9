// How every browser test here starts Chromium: Debian's build at /usr/bin/chromium (never a
// downloaded browser), headless, with the flags that keep it off the network.
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
