import type { ResolvedHedgehogConfig } from '../../../../contract/hedgehog-config'
import { describeHedgehog, lookOf, type HedgehogLook } from '../hedgehog'
import { ACCESSORIES } from './hedgehog-accessories'

interface Palette {
  spines: string
  tips: string
  face: string
  feet: string
  ink: string
}

const BROWN: Palette = {
  spines: '#8b5a2b',
  tips: '#5c3a1a',
  face: '#f3d9b1',
  feet: '#c99a6b',
  ink: '#2b1d14',
}

// Our own drawing, not PostHog's sprites: a colour of the hedgehog per look.
const PALETTES: Record<HedgehogLook, Palette> = {
  default: BROWN,
  spiderhog: {
    spines: '#c62828',
    tips: '#8e1b1b',
    face: '#c62828',
    feet: '#1e4fa8',
    ink: '#111111',
  },
  robohog: { spines: '#9aa4b1', tips: '#6b7480', face: '#cfd6de', feet: '#6b7480', ink: '#2a2f36' },
  green: { ...BROWN, spines: '#3d8b3d', tips: '#245524' },
  red: { ...BROWN, spines: '#c8372d', tips: '#7f1d17' },
  blue: { ...BROWN, spines: '#2f62c9', tips: '#1b3c80' },
  purple: { ...BROWN, spines: '#7d45c2', tips: '#4c2579' },
  dark: { ...BROWN, spines: '#3a3a44', tips: '#1d1d24', face: '#a88b6e', feet: '#6e5a47' },
  light: { ...BROWN, spines: '#e7d3b5', tips: '#bfa27a', face: '#fff6e8', feet: '#e2c9a6' },
  sepia: { ...BROWN, spines: '#8f6e4a', tips: '#5e4730', face: '#e9d6b4', feet: '#bfa17c' },
  invert: { spines: '#74a5d4', tips: '#a3c5e5', face: '#0c264e', feet: '#366594', ink: '#d4e2eb' },
  'invert-hue': { ...BROWN, spines: '#2b5c8b', tips: '#1a3a5c', face: '#b1cbf3', feet: '#6b9ac9' },
  greyscale: {
    spines: '#6b6b6b',
    tips: '#3f3f3f',
    face: '#d9d9d9',
    feet: '#a3a3a3',
    ink: '#222222',
  },
}

export const lookSwatch = (look: HedgehogLook) => PALETTES[look].spines

/** The spiky back: alternating inner and outer points along the top of an arc. */
const SPINES = (() => {
  const [cx, cy, inner, outer, count] = [72, 84, 30, 46, 13]
  const points: string[] = []
  for (let i = 0; i <= count * 2; i++) {
    const angle = ((188 - (i * 176) / (count * 2)) * Math.PI) / 180
    const r = i % 2 === 0 ? inner : outer
    points.push(`${(cx + r * Math.cos(angle)).toFixed(1)},${(cy - r * Math.sin(angle)).toFixed(1)}`)
  }
  return points.join(' ')
})()

const CONFETTI = [
  [14, 20, '#e5484d'],
  [34, 10, '#1d4aff'],
  [140, 18, '#f5c518'],
  [150, 44, '#2e9e4f'],
  [20, 50, '#7d45c2'],
  [128, 8, '#e5484d'],
] as const

/** The live preview: our own SVG drawing; role="img" with a text alternative of what it shows. */
export function HedgehogPreview({ config }: { config: ResolvedHedgehogConfig }) {
  const look = lookOf(config)
  const p = PALETTES[look]
  return (
    <svg
      className="hedgehog-preview"
      viewBox="0 0 160 120"
      role="img"
      aria-label={describeHedgehog(config)}
      data-look={look}
    >
      {config.party_mode_enabled
        ? CONFETTI.map(([x, y, fill]) => (
            <rect
              key={`${x}-${y}`}
              x={x}
              y={y}
              width="5"
              height="3"
              rx="1"
              fill={fill}
              transform={`rotate(30 ${x} ${y})`}
            />
          ))
        : null}
      <polygon
        points={SPINES}
        fill={p.spines}
        stroke={p.tips}
        strokeWidth="1.5"
        strokeLinejoin="round"
      />
      <ellipse cx="72" cy="88" rx="38" ry="20" fill={p.spines} />
      <ellipse cx="80" cy="96" rx="28" ry="10" fill={look === 'spiderhog' ? '#1e4fa8' : p.face} />
      <ellipse cx="56" cy="106" rx="7" ry="4" fill={p.feet} />
      <ellipse cx="92" cy="106" rx="7" ry="4" fill={p.feet} />
      <ellipse cx="108" cy="82" rx="20" ry="16" fill={p.face} />
      <circle cx="99" cy="68" r="4.5" fill={p.face} stroke={p.tips} />
      <ellipse cx="124" cy="86" rx="9" ry="7" fill={p.face} />
      <circle cx="132" cy="85" r="3.5" fill={p.ink} />
      {look === 'spiderhog' ? (
        <g stroke="#111111" strokeWidth="0.7" fill="none">
          <path d="M108 82 L108 66 M108 82 L126 80 M108 82 L96 72 M108 82 L118 96 M108 82 L92 90" />
          <path d="M102 75 Q106 72 111 74 Q115 77 114 82 M99 79 Q104 88 113 88" />
          <ellipse
            cx="113"
            cy="77"
            rx="4.5"
            ry="3.2"
            fill="#ffffff"
            stroke="#111111"
            strokeWidth="1.2"
          />
        </g>
      ) : (
        <circle cx="113" cy="77" r="2.6" fill={p.ink} />
      )}
      {look === 'robohog' ? (
        <g>
          <line x1="104" y1="67" x2="104" y2="54" stroke="#6b7480" strokeWidth="2" />
          <circle cx="104" cy="53" r="2.5" fill="#e5484d" />
          <circle cx="113" cy="77" r="2.6" fill="#e5484d" />
          <circle cx="100" cy="88" r="1.3" fill="#6b7480" />
          <circle cx="116" cy="92" r="1.3" fill="#6b7480" />
        </g>
      ) : null}
      {config.accessories.map((accessory) => (
        <g key={accessory} data-accessory={accessory}>
          {ACCESSORIES[accessory]}
        </g>
      ))}
    </svg>
  )
}
