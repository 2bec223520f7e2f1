import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from 'playwright-core';

/** Debian's Chromium (or CHROMIUM_PATH); `null` when none is installed, and the E2E tier skips. */
export function findChromium(): string | null {
  // CHROMIUM_PATH, when set, is the only candidate (set it to a missing path to rehearse the skip).
  const candidates = process.env.CHROMIUM_PATH
    ? [process.env.CHROMIUM_PATH]
    : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
}

const launchArguments = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(executablePath: string, options: LaunchOptions = {}) {
  return chromium.launch({ executablePath, args: launchArguments, ...options });
}
