import { useEffect, useRef, type ReactNode } from 'react'
import { Card } from '../../../components/card'

interface Props {
  title: string
  intro: string
  children?: ReactNode
}

/**
 * A step of the flow (scan, backup codes, done, new codes): a card whose heading takes focus
 * when the step appears, so keyboard and screen-reader users start there.
 */
export function StepCard({ title, intro, children }: Props) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  return (
    <Card title={title} intro={intro} headingRef={heading}>
      {children}
    </Card>
  )
}
