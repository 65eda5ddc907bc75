import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * A payroll's bank file is read and written a page at a time (issue 30), so what it needs at once is its
 * live set plus one page. V8 does not know that: under the allocation rate of those pages it lets the
 * heap grow to about four times the live set before a full collection (measured: 270 MB of heap for
 * 60 MB live, exporting 200,000 transfers). Batch commands call `releaseGarbage` between pages: once
 * the heap has grown `headroomMb` past what the last collection left, it collects in full (some 30 ms
 * for that live set), which holds the process near its live set plus the headroom. Servers never call
 * it: their requests are their pages, and V8's own pacing suits them.
 */
let collect: (() => void) | undefined;
let afterLastCollection = 0;

export function releaseGarbage(headroomMb = 48): void {
  const used = v8.getHeapStatistics().used_heap_size;
  if (used < afterLastCollection + headroomMb * 1048576) return;
  if (!collect) {
    // `gc` exists only with --expose-gc; set now, it is reachable from a new context.
    v8.setFlagsFromString('--expose-gc');
    collect = vm.runInNewContext('gc') as () => void;
  }
  collect();
  afterLastCollection = v8.getHeapStatistics().used_heap_size;
}
