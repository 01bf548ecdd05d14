import type { Config, Plugin } from 'payload'

/** Component paths are relative to the import map's base directory, the project root. */
const component = (file: string, exportName: string) =>
  `/src/evaluation/admin/${file}#${exportName}`

/**
 * The evaluators' pages in the admin: the reports (/admin/reports: the overview, and one
 * campaign's report), the data-quality review (/admin/review) and the field upload
 * (/admin/field-upload), linked in the navigation, and a Reports card on the dashboard.
 */
export const evaluationAdminPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        beforeDashboard: [
          ...(config.admin?.components?.beforeDashboard ?? []),
          component('overview/ReportsCard', 'ReportsCard'),
        ],
        afterNavLinks: [
          ...(config.admin?.components?.afterNavLinks ?? []),
          component('nav/EvaluationNavLinks', 'EvaluationNavLinks'),
        ],
        views: {
          ...config.admin?.components?.views,
          evaluationFieldUpload: {
            Component: component('fieldUpload/FieldUploadView', 'FieldUploadView'),
            exact: true,
            meta: { title: 'Field upload' },
            path: '/field-upload',
          },
          evaluationReview: {
            Component: component('review/ReviewView', 'ReviewView'),
            exact: true,
            meta: { title: 'Data-quality review' },
            path: '/review',
          },
          evaluationReports: {
            Component: component('reports/ReportsView', 'ReportsView'),
            exact: true,
            meta: { title: 'Reports' },
            path: '/reports',
          },
        },
      },
    },
  })
