/**
 * Config entries for the label components (paths are from the import map's base, the project
 * root): array rows and body blocks are titled by their content instead of “Row 03”.
 */
export const rowLabel = (
  field: string,
  fallback: string,
  mark?: { field: string; text: string },
) => ({
  clientProps: { fallback, field, ...(mark ? { mark } : {}) },
  path: '/src/admin/labels/FieldRowLabel#FieldRowLabel',
})

export const blockLabel = (field: string, kind: string) => ({
  clientProps: { field, kind },
  path: '/src/admin/labels/BlockFieldLabel#BlockFieldLabel',
})

export const objectiveRowLabel = '/src/admin/labels/ObjectiveRowLabel#ObjectiveRowLabel'
