import { describe, expect, it } from 'vitest';
import { clampIndex, rovingIndex } from './rovingIndex';
import { ariaShortcut, isApple, shortcutLabel, SHORTCUTS } from './shortcuts';

describe('rovingIndex', () => {
  it('steps with the arrows and wraps at both ends', () => {
    expect(rovingIndex(0, 'ArrowRight', 3)).toBe(1);
    expect(rovingIndex(2, 'ArrowRight', 3)).toBe(0);
    expect(rovingIndex(0, 'ArrowLeft', 3)).toBe(2);
  });

  it('jumps to the ends with Home and End', () => {
    expect(rovingIndex(1, 'Home', 5)).toBe(0);
    expect(rovingIndex(1, 'End', 5)).toBe(4);
  });

  it('leaves every other key alone (Tab leaves the toolbar)', () => {
    expect(rovingIndex(1, 'Tab', 5)).toBeNull();
    expect(rovingIndex(1, 'ArrowDown', 5)).toBeNull();
    expect(rovingIndex(0, 'ArrowRight', 0)).toBeNull();
  });

  it('keeps the tab stop on a button that exists', () => {
    expect(clampIndex(7, 3)).toBe(2);
    expect(clampIndex(1, 3)).toBe(1);
  });
});

describe('shortcuts', () => {
  it('shows Ctrl elsewhere and symbols on Apple devices', () => {
    expect(shortcutLabel(SHORTCUTS.redo, false)).toBe('Ctrl+Shift+Z');
    expect(shortcutLabel(SHORTCUTS.comment, true)).toBe('⌘⌥M');
    expect(ariaShortcut(SHORTCUTS.bold, true)).toBe('Meta+B');
    expect(ariaShortcut(SHORTCUTS.orderedList, false)).toBe('Control+Shift+7');
  });

  it('knows Apple platforms', () => {
    expect(isApple('MacIntel')).toBe(true);
    expect(isApple('iPhone')).toBe(true);
    expect(isApple('Win32')).toBe(false);
  });
});
