// `process` for the web bundle (injected by scripts/build.mjs): a web worker has no process, no
// environment and no working directory. The server asks for the working directory only to place
// an unsaved document's configuration search, which the root answers harmlessly.

export const process = {
  env: {} as Record<string, string | undefined>,
  cwd: (): string => '/',
  platform: 'browser',
};
