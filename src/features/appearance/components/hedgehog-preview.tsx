import type { ReactElement } from 'react'
import type { HedgehogAccessory } from '../../../../contract/enums'
import type { ResolvedHedgehogConfig } from '../../../../contract/hedgehog-config'
import { describeHedgehog, lookOf, type HedgehogLook } from '../hedgehog'

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

const ACCESSORIES: Record<HedgehogAccessory, ReactElement> = {
  beret: (
    <g>
      <ellipse cx="106" cy="64" rx="16" ry="5" fill="#b3261e" />
      <circle cx="106" cy="58.5" r="2" fill="#b3261e" />
    </g>
  ),
  cap: (
    <g fill="#1d4aff">
      <path d="M92 67 Q106 46 120 67 Z" />
      <path d="M116 63 L136 66 L118 68 Z" />
    </g>
  ),
  chef: (
    <g fill="#ffffff" stroke="#b9bec8">
      <rect x="96" y="50" width="20" height="15" />
      <circle cx="99" cy="49" r="6" />
      <circle cx="106" cy="45" r="7" />
      <circle cx="113" cy="49" r="6" />
    </g>
  ),
  cowboy: (
    <g>
      <path d="M96 65 Q95 47 106 50 Q117 47 116 65 Z" fill="#a0522d" />
      <rect x="96" y="60" width="20" height="3" fill="#5c3a1a" />
      <ellipse cx="106" cy="65" rx="22" ry="4" fill="#8b5a2b" />
    </g>
  ),
  flag: (
    <g>
      <line x1="104" y1="67" x2="104" y2="28" stroke="#555b66" strokeWidth="2" />
      <path d="M104 28 L126 35 L104 42 Z" fill="#e5484d" />
    </g>
  ),
  graduation: (
    <g>
      <rect x="98" y="57" width="16" height="9" fill="#222222" />
      <path d="M86 57 L106 50 L126 57 L106 64 Z" fill="#222222" />
      <path d="M106 57 L122 60 L122 70" stroke="#f5c518" strokeWidth="1.5" fill="none" />
    </g>
  ),
  party: (
    <g>
      <path d="M96 67 L106 36 L116 67 Z" fill="#f59e0b" />
      <path d="M100 56 L112 56 M98 62 L114 62 M103 47 L109 47" stroke="#1d4aff" strokeWidth="2" />
      <circle cx="106" cy="36" r="3.5" fill="#e5484d" />
    </g>
  ),
  pineapple: (
    <g>
      <ellipse cx="106" cy="56" rx="8" ry="11" fill="#f5c518" stroke="#b8860b" />
      <path d="M106 46 L99 31 L105 39 L108 28 L109 39 L114 32 Z" fill="#2e8b57" />
    </g>
  ),
  tophat: (
    <g>
      <rect x="96" y="38" width="20" height="27" fill="#111111" />
      <rect x="96" y="58" width="20" height="4" fill="#b3261e" />
      <ellipse cx="106" cy="65" rx="16" ry="3.5" fill="#111111" />
    </g>
  ),
  xmas_hat: (
    <g>
      <path d="M94 66 L114 38 L120 66 Z" fill="#d62828" />
      <rect x="92" y="62" width="30" height="6" rx="3" fill="#ffffff" />
      <circle cx="114" cy="38" r="4" fill="#ffffff" />
    </g>
  ),
  xmas_antlers: (
    <g stroke="#8b5a2b" strokeWidth="3" strokeLinecap="round" fill="none">
      <path d="M101 68 L95 48 M97 55 L88 50 M95 49 L98 40" />
      <path d="M112 68 L118 48 M116 55 L125 50 M118 49 L115 40" />
    </g>
  ),
  eyepatch: (
    <g>
      <path d="M99 70 L124 74" stroke="#111111" strokeWidth="1.5" />
      <ellipse cx="113" cy="77" rx="5" ry="4.5" fill="#111111" />
    </g>
  ),
  glasses: (
    <g stroke="#222222" strokeWidth="1.8" fill="none">
      <circle cx="113" cy="77" r="5.5" />
      <path d="M118.5 77 L125 79 M107.5 76 L100 74" />
    </g>
  ),
  sunglasses: (
    <g>
      <path d="M100 74 L107 76" stroke="#111111" strokeWidth="1.8" />
      <rect x="106" y="72.5" width="15" height="8" rx="3" fill="#111111" />
    </g>
  ),
  parrot: (
    <g>
      <path d="M54 50 L48 62 L58 56 Z" fill="#1d4aff" />
      <ellipse cx="60" cy="44" rx="7" ry="10" fill="#2e9e4f" />
      <circle cx="64" cy="33" r="5.5" fill="#e5484d" />
      <path d="M69 32 L74 34.5 L69 37 Z" fill="#f5c518" />
      <circle cx="65.5" cy="32" r="1.1" fill="#111111" />
    </g>
  ),
  xmas_scarf: (
    <g fill="#d62828">
      <path d="M88 84 Q99 93 111 90 L111 97 Q99 100 88 91 Z" />
      <rect x="92" y="91" width="7" height="15" rx="1.5" />
      <path d="M92 97 L99 97 M92 102 L99 102" stroke="#ffffff" strokeWidth="1.5" />
    </g>
  ),
}

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
