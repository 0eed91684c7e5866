// When a new check is painted: now, or in the next frame for a deferred one; a newer request or dispose() drops a pending frame.
import { describe, expect, it, vi } from 'vitest';
import { createPaintSchedule } from '../../../lib/page/overlay/paint-schedule';

function fakeWindow() {
  const frames = new Map<number, () => void>();
  let next = 0;
  const win = {
    requestAnimationFrame: (callback: () => void) => {
      frames.set(++next, callback);
      return next;
    },
    cancelAnimationFrame: (id: number) => frames.delete(id),
  };
  const runFrames = () => {
    const due = [...frames.values()];
    frames.clear();
    due.forEach((callback) => callback());
  };
  return { win: win as unknown as Window, frames, runFrames };
}

describe('createPaintSchedule', () => {
  it('paints at once when not deferred', () => {
    const paint = vi.fn();
    createPaintSchedule(() => fakeWindow().win, paint).request(false);
    expect(paint).toHaveBeenCalledTimes(1);
  });

  it('paints a deferred request in the next frame, once', () => {
    const { win, runFrames } = fakeWindow();
    const paint = vi.fn();
    createPaintSchedule(() => win, paint).request(true);
    expect(paint).not.toHaveBeenCalled();
    runFrames();
    runFrames();
    expect(paint).toHaveBeenCalledTimes(1);
  });

  it('drops a pending frame when a newer request comes', () => {
    const { win, frames, runFrames } = fakeWindow();
    const paint = vi.fn();
    const schedule = createPaintSchedule(() => win, paint);
    schedule.request(true);
    schedule.request(false);
    expect(paint).toHaveBeenCalledTimes(1);
    expect(frames.size).toBe(0);
    runFrames();
    expect(paint).toHaveBeenCalledTimes(1);
  });

  it('paints a deferred request at once where the page has no window', () => {
    const paint = vi.fn();
    createPaintSchedule(() => null, paint).request(true);
    expect(paint).toHaveBeenCalledTimes(1);
  });

  it('paints nothing after dispose, pending or requested', () => {
    const { win, frames, runFrames } = fakeWindow();
    const paint = vi.fn();
    const schedule = createPaintSchedule(() => win, paint);
    schedule.request(true);
    schedule.dispose();
    expect(frames.size).toBe(0);
    schedule.request(false);
    runFrames();
    expect(paint).not.toHaveBeenCalled();
  });
});
