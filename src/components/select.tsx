import type { ComponentProps } from 'react'

export interface SelectOption<T extends string = string> {
  value: T
  label: string
  /** The label's language when it differs from the page's (a language named in itself). */
  lang?: string
}

interface SelectProps extends ComponentProps<'select'> {
  options: readonly SelectOption[]
}

/** A <select> of labelled options; inside a Field, which wires its id and ARIA (passed through). */
export function Select({ options, ...rest }: SelectProps) {
  return (
    <select {...rest}>
      {options.map((option) => (
        <option key={option.value} value={option.value} lang={option.lang}>
          {option.label}
        </option>
      ))}
    </select>
  )
}
