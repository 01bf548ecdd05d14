import React from 'react'

import { Field } from '../Field'

/** How the file writes dates such as 03/04/2026; unsaid, the server refuses them row by row. */
export const DateOrderField: React.FC<{ onChange: (order: string) => void; value: string }> = ({
  onChange,
  value,
}) => (
  <Field label="Dates such as 03/04/2026 are written">
    {(id) => (
      <select id={id} onChange={(event) => onChange(event.target.value)} value={value}>
        <option value="">(not said: such dates are refused, naming each row)</option>
        <option value="day-first">day first (3 April 2026)</option>
        <option value="month-first">month first (March 4, 2026)</option>
      </select>
    )}
  </Field>
)
