'use client'

import React from 'react'

import type { Option, ReportCampaignOption } from './dashboardTypes'
import type { ReportFilters } from './reportFilters'

import { plural } from '../../../admin/i18n/plural'
import { useAdminWords } from '../../../admin/i18n/useAdminWords'
import { useAwareTranslation } from '../../../admin/i18n/useAwareTranslation'
import { channels } from '../../../domain/channels'
import { locales } from '../../../domain/locales'
import { Field } from '../Field'
import { comparisonPreset, presetPeriod } from './reportFilters'

const presetDays = [7, 30, 90, null] as const

type Props = {
  campaigns: ReportCampaignOption[]
  filters: ReportFilters
  onChange: (filters: ReportFilters) => void
  partners: Option[]
}

const Select: React.FC<{
  label: string
  name: keyof ReportFilters
  onChange: (value: string) => void
  options: Option[]
  value: string
  withAll?: string
}> = ({ label, name, onChange, options, value, withAll }) => (
  <Field label={label}>
    {(id) => (
      <select id={id} name={name} onChange={(event) => onChange(event.target.value)} value={value}>
        {withAll !== undefined && <option value="">{withAll}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    )}
  </Field>
)

const DayInput: React.FC<{
  label: string
  name: 'compareFrom' | 'compareTo' | 'from' | 'to'
  onChange: (value: string) => void
  value: string
}> = ({ label, name, onChange, value }) => (
  <Field label={label}>
    {(id) => (
      <input
        id={id}
        name={name}
        onChange={(event) => onChange(event.target.value)}
        type="date"
        value={value}
      />
    )}
  </Field>
)

/**
 * A new period; a comparison chosen by a preset follows it (the previous period stays the
 * previous one), and none is kept without a period.
 */
const withPeriod = (
  filters: ReportFilters,
  period: Pick<ReportFilters, 'from' | 'to'>,
): ReportFilters => {
  const kind = (['previous', 'lastYear'] as const).find((name) => {
    const preset = comparisonPreset(name, filters)
    return (
      preset.compareFrom !== '' &&
      preset.compareFrom === filters.compareFrom &&
      preset.compareTo === filters.compareTo
    )
  })
  const next = { ...filters, ...period }
  if (period.from === '' || period.to === '') return { ...next, compareFrom: '', compareTo: '' }
  return kind ? { ...next, ...comparisonPreset(kind, next) } : next
}

/**
 * A second period beside the first: the weeks just before, the same days a year before, or any
 * two days; only with a period to compare (the API refuses a comparison without one).
 */
const ComparisonFields: React.FC<Pick<Props, 'filters' | 'onChange'>> = ({ filters, onChange }) => {
  const { t } = useAwareTranslation()
  const hasPeriod = filters.from !== '' && filters.to !== ''
  const compared = filters.compareFrom !== '' || filters.compareTo !== ''
  const presets = [
    { kind: 'previous' as const, label: t('aware:comparePrevious') },
    { kind: 'lastYear' as const, label: t('aware:compareLastYear') },
  ]
  return (
    <fieldset className="aware-presets aware-compare">
      <legend>{t('aware:compareLegend')}</legend>
      {presets.map(({ kind, label }) => {
        const preset = comparisonPreset(kind, filters)
        return (
          <button
            aria-pressed={
              hasPeriod &&
              filters.compareFrom === preset.compareFrom &&
              filters.compareTo === preset.compareTo
            }
            disabled={!hasPeriod}
            key={kind}
            onClick={() => onChange({ ...filters, ...preset })}
            type="button"
          >
            {label}
          </button>
        )
      })}
      <button
        aria-pressed={!compared}
        onClick={() => onChange({ ...filters, compareFrom: '', compareTo: '' })}
        type="button"
      >
        {t('aware:compareNone')}
      </button>
      {hasPeriod ? (
        <>
          <DayInput
            label={t('aware:compareFrom')}
            name="compareFrom"
            onChange={(value) => onChange({ ...filters, compareFrom: value })}
            value={filters.compareFrom}
          />
          <DayInput
            label={t('aware:compareTo')}
            name="compareTo"
            onChange={(value) => onChange({ ...filters, compareTo: value })}
            value={filters.compareTo}
          />
        </>
      ) : (
        <p className="aware-muted">{t('aware:compareNeedsPeriod')}</p>
      )}
    </fieldset>
  )
}

/** Campaign, then what to narrow it to; every change asks the report endpoint again. */
export const ReportFiltersForm: React.FC<Props> = ({ campaigns, filters, onChange, partners }) => {
  const { t } = useAwareTranslation()
  const words = useAdminWords()
  const presets = presetDays.map((days) => ({
    days,
    label: days === null ? t('aware:filterWholeCampaign') : plural(words, 'filterLastDays', days),
  }))
  const campaign = campaigns.find((option) => option.slug === filters.campaign)
  const set = (name: keyof ReportFilters) => (value: string) =>
    onChange(
      name === 'campaign'
        ? { ...filters, audience: '', campaign: value, channel: '', locale: '' }
        : { ...filters, [name]: value },
    )
  return (
    <form className="aware-filters" onSubmit={(event) => event.preventDefault()}>
      <Select
        label={t('aware:campaignSingular')}
        name="campaign"
        onChange={set('campaign')}
        options={campaigns.map((option) => ({ label: option.title, value: option.slug }))}
        value={filters.campaign}
      />
      <Select
        label={t('aware:fieldAudience')}
        name="audience"
        onChange={set('audience')}
        options={(campaign?.audiences ?? []).map(({ name, slug }) => ({
          label: name,
          value: slug,
        }))}
        value={filters.audience}
        withAll={t('aware:comparisonAllAudiences')}
      />
      <Select
        label={t('aware:filterChannel')}
        name="channel"
        onChange={set('channel')}
        options={channels
          .filter(({ value }) => !campaign || campaign.channels.includes(value))
          .map(({ labelKey, value }) => ({ label: t(`aware:${labelKey}`), value }))}
        value={filters.channel}
        withAll={t('aware:filterAllChannels')}
      />
      <Select
        label={t('aware:reviewLanguage')}
        name="locale"
        onChange={set('locale')}
        options={locales
          .filter(({ code }) => !campaign || campaign.locales.includes(code))
          .map(({ code, label }) => ({ label, value: code }))}
        value={filters.locale}
        withAll={t('aware:filterAllLanguages')}
      />
      <Select
        label={t('aware:partnerSingular')}
        name="partner"
        onChange={set('partner')}
        options={partners}
        value={filters.partner}
        withAll={t('aware:filterAllPartners')}
      />
      <fieldset className="aware-presets">
        <legend>{t('aware:filterPeriod')}</legend>
        {presets.map(({ days, label }) => (
          <button
            aria-pressed={
              days === null
                ? filters.from === '' && filters.to === ''
                : filters.from === presetPeriod(days).from && filters.to === presetPeriod(days).to
            }
            key={label}
            onClick={() => onChange(withPeriod(filters, presetPeriod(days)))}
            type="button"
          >
            {label}
          </button>
        ))}
      </fieldset>
      <DayInput
        label={t('aware:filterFrom')}
        name="from"
        onChange={set('from')}
        value={filters.from}
      />
      <DayInput label={t('aware:filterTo')} name="to" onChange={set('to')} value={filters.to} />
      <ComparisonFields filters={filters} onChange={onChange} />
      <Select
        label={t('aware:filterSubmissions')}
        name="quality"
        onChange={set('quality')}
        options={[{ label: t('aware:filterAllSubmissions'), value: 'all' }]}
        value={filters.quality}
        withAll={t('aware:filterCountedSubmissions')}
      />
      <Select
        label={t('aware:filterInterval')}
        name="interval"
        onChange={set('interval')}
        options={[
          { label: t('aware:filterWeek'), value: 'week' },
          { label: t('aware:filterDay'), value: 'day' },
        ]}
        value={filters.interval}
      />
    </form>
  )
}
