// Types for the two untyped packages behind server/lib/user-agent.ts.

declare module 'uap-ref-impl' {
  interface Versioned {
    family: string
    major: string | null
    minor: string | null
    patch: string | null
  }
  interface Parsed {
    ua: Versioned
    os: Versioned & { patchMinor: string | null }
  }
  /** ua-parser's reference implementation, built from uap-core's regexes. */
  export default function makeParser(regexes: unknown): { parse(userAgent: string): Parsed }
}

declare module 'yamlparser' {
  const yaml: { eval(source: string): unknown }
  export default yaml
}
