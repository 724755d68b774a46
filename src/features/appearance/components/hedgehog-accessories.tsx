import type { ReactElement } from 'react'
import type { HedgehogAccessory } from '../../../../contract/enums'

/** What each accessory adds to the drawing in hedgehog-preview.tsx (its 160×120 viewBox). */
export const ACCESSORIES: Record<HedgehogAccessory, ReactElement> = {
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
