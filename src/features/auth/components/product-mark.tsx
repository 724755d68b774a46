/**
 * The product's name with our own mark before it: a shield with a keyhole in the accent colour,
 * drawn in auth.css (an SVG path as a clip-path). Decorative, so unseen by screen readers, and
 * it adds nothing to the first page's script.
 */
export function ProductMark({ name }: { name: string }) {
  return <p className="product-mark">{name}</p>
}
