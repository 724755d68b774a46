import { describe, expect, it } from 'vitest'
import { inSignInQueue } from './sign-in-queue'

describe('the sign-in queue', () => {
  it('sends a request only once the one before has answered, even when that one failed', async () => {
    const order: string[] = []
    let answerFirst!: () => void
    const first = inSignInQueue(async () => {
      order.push('first sent')
      await new Promise<void>((resolve) => (answerFirst = resolve))
      order.push('first answered')
      throw new Error('refused')
    })
    const second = inSignInQueue(async () => {
      order.push('second sent')
      return 'signed in'
    })
    await Promise.resolve()
    expect(order).toEqual(['first sent'])
    answerFirst()
    await expect(first).rejects.toThrow('refused')
    await expect(second).resolves.toBe('signed in')
    expect(order).toEqual(['first sent', 'first answered', 'second sent'])
  })
})
