import React, { useId } from 'react'

/**
 * A labelled control. The label points at the control by id rather than wrapping it, so the
 * control's accessible name is the label alone (a wrapped select would add its options' text).
 */
export const Field: React.FC<{
  children: (id: string) => React.ReactNode
  label: string
}> = ({ children, label }) => {
  const id = useId()
  return (
    <div className="aware-field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  )
}
