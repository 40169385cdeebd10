import { findCategoryName } from './chart-format';

/** Renders a category code, with its readable name as a tooltip where one is known. */
export function CategoryCode({ category }: { category: string }) {
  const name = findCategoryName(category);

  if (!name) return <>{category}</>;

  return (
    <abbr title={name} className="category-code">
      {category}
    </abbr>
  );
}
