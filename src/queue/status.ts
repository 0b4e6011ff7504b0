// What the queue holds: job counts, and the failed jobs with their reasons.
import type { Queue } from 'bullmq';

export interface FailedJob {
  id: string;
  source: string;
  seq: number;
  articles: number;
  attempts: number;
  reason: string;
}

export interface QueueStatus {
  counts: Record<'waiting' | 'active' | 'delayed' | 'prioritized' | 'completed' | 'failed', number>;
  failed: FailedJob[];
}

export async function queueStatus(queue: Queue, maxFailed = 100): Promise<QueueStatus> {
  const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'completed', 'failed');
  const counts = {
    waiting: c.waiting ?? 0,
    active: c.active ?? 0,
    delayed: c.delayed ?? 0,
    prioritized: c.prioritized ?? 0,
    completed: c.completed ?? 0,
    failed: c.failed ?? 0,
  };
  const jobs = counts.failed ? await queue.getFailed(0, maxFailed - 1) : [];
  const failed = jobs.map((j) => {
    const data = j.data as { source?: string; seq?: number; articles?: unknown[] };
    return {
      id: String(j.id),
      source: data.source ?? '',
      seq: data.seq ?? -1,
      articles: data.articles?.length ?? 0,
      attempts: j.attemptsMade,
      reason: j.failedReason ?? '',
    };
  });
  return { counts, failed };
}

/** True when no job is waiting, running or due later: the queue has nothing left to do. */
export function isIdle(s: QueueStatus): boolean {
  return s.counts.waiting + s.counts.active + s.counts.delayed + s.counts.prioritized === 0;
}
