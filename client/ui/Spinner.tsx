/** Designsystemet's spinner markup; decorative, the text next to it says what is happening. */
export function Spinner({ size = 'xs' }: { size?: '2xs' | 'xs' | 'sm' }) {
  return (
    <svg
      className="ds-spinner"
      data-size={size}
      viewBox="0 0 50 50"
      aria-hidden="true"
      focusable="false"
    >
      <circle
        className="ds-spinner__background"
        cx="25"
        cy="25"
        r="20"
        fill="none"
        strokeWidth="5"
      />
      <circle className="ds-spinner__circle" cx="25" cy="25" r="20" fill="none" strokeWidth="5" />
    </svg>
  );
}
