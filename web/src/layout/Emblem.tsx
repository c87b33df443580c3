import { useTranslation } from 'react-i18next';

/** The award's seal: a gold-ringed red disc with 质 (quality). Decorative; the name beside it is the label. */
export function Emblem({ className }: { className?: string }) {
  const { t } = useTranslation();
  return (
    <svg className={className} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <circle cx="32" cy="32" r="31" fill="#fff" />
      <circle cx="32" cy="32" r="28" fill="#a8171d" />
      <circle cx="32" cy="32" r="23.5" fill="none" stroke="#f3c969" strokeWidth="1.6" />
      <text
        x="32"
        y="42"
        fontSize="27"
        textAnchor="middle"
        fill="#f3c969"
        fontWeight="700"
        fontFamily="'Noto Serif CJK SC', 'Songti SC', SimSun, serif"
      >
        {t('app.emblem')}
      </text>
    </svg>
  );
}
