import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import makeParser from 'uap-ref-impl'
import yaml from 'yamlparser'

/**
 * The "device" of a web session, as PostHog's `get_short_user_agent` (posthog/utils.py) writes
 * it with Python's `user-agents`, which runs ua-parser over uap-core's regexes. We run the same
 * regexes (the `uap-core` package) through ua-parser's reference implementation
 * (`uap-ref-impl`), so the family names are PostHog's ("Mac OS X", "Ubuntu", "Mobile Safari").
 * Contract: ../shared/contract/posthog-account-security-api.md §2.2.
 */

type Parser = ReturnType<typeof makeParser>
let parser: Parser | null = null

/** Built on first use (about 15 ms): the regexes are YAML, as uap-core ships them. */
function uaParser(): Parser {
  if (!parser) {
    const file = createRequire(import.meta.url).resolve('uap-core/regexes.yaml')
    parser = makeParser(yaml.eval(readFileSync(file, 'utf8')))
  }
  return parser
}

/** user-agents' parse_version: the parts present, a digit-only part as Python's int() prints it. */
const versionParts = (...parts: (string | null)[]) =>
  parts
    .filter((part): part is string => part !== null)
    .map((part) => (/^\d+$/.test(part) ? String(Number.parseInt(part, 10)) : part))

/**
 * `"<browser family> <up to 3 version parts> on <OS family> <up to 2 version parts>"`, with the
 * spacing Python's f-string gives when a version is missing ("Firefox 128.0 on Ubuntu ");
 * null without a User-Agent (PostHog stores its empty string as null).
 */
export function shortUserAgent(header: string | null | undefined): string | null {
  if (!header) return null
  const { ua, os } = uaParser().parse(header)
  const browserVersion = versionParts(ua.major, ua.minor, ua.patch).slice(0, 3).join('.')
  const osVersion = versionParts(os.major, os.minor, os.patch, os.patchMinor).slice(0, 2).join('.')
  return `${ua.family} ${browserVersion} on ${os.family} ${osVersion}`
}
