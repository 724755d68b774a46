import * as z from 'zod/mini'
import { normaliseEmailCode } from '../../../contract/email'
import { emailStrings } from './strings'

/**
 * The code field's check: contract/email.ts's `emailCodeInputSchema`, but its message in the
 * reader's language. The contract's sentence is English because the server shares it, so the
 * form does the same normalisation here and says it with `emailStrings.codeMessage`, read when
 * the field is checked.
 */
export const emailCodeFieldSchema = z.pipe(
  z.string(),
  z.transform((input: string, ctx) => {
    const code = normaliseEmailCode(input)
    if (code === null) {
      ctx.issues.push({ code: 'custom', message: emailStrings.codeMessage, input })
      return z.NEVER
    }
    return code
  }),
)
