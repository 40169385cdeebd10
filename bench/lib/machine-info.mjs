import { spawnSync } from 'node:child_process';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import process from 'node:process';

function readChromiumVersion(chromiumPath) {
  const result = spawnSync(chromiumPath, ['--version'], { encoding: 'utf8', timeout: 20_000 });
  const version = result.stdout?.split('\n').find((line) => /\d+\.\d+/.test(line));
  return version?.trim() ?? `unknown (${chromiumPath} --version failed)`;
}

export function formatLoadAverage() {
  return loadavg().map((value) => value.toFixed(2)).join(' ');
}

/** Names the commit measured and how many files differ from it, since the bench builds the working tree. */
function describeWorkingTree(repoRoot) {
  const git = (args) => spawnSync('git', args, { cwd: repoRoot, encoding: 'utf8', timeout: 20_000 }).stdout?.trim() ?? '';
  const commit = git(['rev-parse', '--short', 'HEAD']) || 'unknown';
  const changedFiles = git(['status', '--porcelain']).split('\n').filter(Boolean).length;
  return { commit, changedFiles };
}

export function describeMachine(chromiumPath, repoRoot) {
  return {
    workingTree: describeWorkingTree(repoRoot),
    cpuCount: availableParallelism(),
    cpuModel: cpus()[0]?.model ?? 'unknown',
    totalMemoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    nodeVersion: process.version,
    chromium: readChromiumVersion(chromiumPath),
  };
}
