import * as z from 'zod/mini'
import { describe, expect, it } from 'vitest'
import { zodResolver } from './zod-resolver'

const schema = z
  .object({
    name: z.string().check(z.minLength(1, 'Enter a name.'), z.maxLength(3, 'Too long.')),
    age: z.number(),
  })
  .check(z.refine((v) => v.name !== 'bad', { message: 'Not that one.' }))

const resolve = (values: unknown) =>
  zodResolver(schema)(values as never, undefined, { fields: {}, shouldUseNativeValidation: false })

describe('zodResolver', () => {
  it('gives the parsed values when the schema accepts them', async () => {
    expect(await resolve({ name: 'Ada', age: 36 })).toEqual({
      values: { name: 'Ada', age: 36 },
      errors: {},
    })
  })

  it("puts each field's first issue on that field, and an issue without a path on root", async () => {
    const { values, errors } = await resolve({ name: '', age: 'x' })
    expect(values).toEqual({})
    expect(errors).toEqual({
      name: { type: 'too_small', message: 'Enter a name.' },
      age: { type: 'invalid_type', message: expect.any(String) },
    })
    expect((await resolve({ name: 'bad', age: 1 })).errors).toEqual({
      root: { type: 'custom', message: 'Not that one.' },
    })
  })
})
