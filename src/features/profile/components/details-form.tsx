import { zodResolver } from '../../../lib/zod-resolver'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { Link } from 'react-router'
import * as z from 'zod/mini'
import { ROLES_AT_ORGANIZATION } from '../../../../contract/enums'
import type { User, UserUpdate } from '../../../../contract/user'
import { Field } from '../../../components/field'
import { useAnnounce } from '../../../components/live-region'
import { UnsavedChangesGuard } from '../../../components/unsaved-changes-guard'
import { routes } from '../../../config/paths'
import { applyServerError } from '../../../lib/form-errors'
import { useUpdateProfile } from '../api/use-update-profile'
import { profileStrings } from '../strings'
import { FormError } from '../../../components/form-error'
import { SaveActions } from '../../../components/save-actions'

const strings = profileStrings.details

const schema = z.object({
  first_name: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { error: () => strings.firstNameRequired }),
      z.maxLength(150, { error: () => strings.firstNameTooLong }),
    ),
  last_name: z.string().check(z.trim(), z.maxLength(150, { error: () => strings.lastNameTooLong })),
  // "" only stands for a role never chosen; it is never sent (PostHog refuses "" and null).
  role_at_organization: z.union([z.enum(ROLES_AT_ORGANIZATION), z.literal('')]),
})
type Values = z.infer<typeof schema>
const FIELDS = ['first_name', 'last_name', 'role_at_organization'] as const

function toValues(user: User): Values {
  return {
    first_name: user.first_name,
    last_name: user.last_name,
    role_at_organization: user.role_at_organization ?? '',
  }
}

export function DetailsForm({ user }: { user: User }) {
  const update = useUpdateProfile()
  const announce = useAnnounce()
  const [saved, setSaved] = useState(false)
  const { register, handleSubmit, setError, reset, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: toValues(user),
  })
  const { errors, isDirty, dirtyFields, defaultValues } = formState
  const roles = strings.roles

  const onSubmit = handleSubmit((values) => {
    // Only what changed: a role-only change then needs no re-authentication.
    const body: UserUpdate = {}
    if (dirtyFields.first_name) body.first_name = values.first_name
    if (dirtyFields.last_name) body.last_name = values.last_name
    if (dirtyFields.role_at_organization && values.role_at_organization)
      body.role_at_organization = values.role_at_organization
    update.mutate(body, {
      onSuccess: (savedUser) => {
        reset(toValues(savedUser))
        setSaved(true)
        announce(strings.announceSaved)
      },
      onError: (error) => applyServerError(error, setError, FIELDS, profileStrings.errors),
    })
  })

  return (
    <form noValidate onSubmit={onSubmit}>
      <UnsavedChangesGuard when={isDirty} />
      <Field label={strings.firstName} error={errors.first_name?.message}>
        <input type="text" autoComplete="given-name" {...register('first_name')} />
      </Field>
      <Field
        label={strings.lastName}
        description={strings.lastNameHint}
        error={errors.last_name?.message}
      >
        <input type="text" autoComplete="family-name" {...register('last_name')} />
      </Field>
      <Field
        label={strings.role}
        description={strings.roleHint}
        error={errors.role_at_organization?.message}
      >
        <select autoComplete="organization-title" {...register('role_at_organization')}>
          {defaultValues?.role_at_organization === '' ? (
            // Shown while no role was ever saved; disabled so it can't be chosen back.
            <option value="" disabled>
              {strings.chooseRole}
            </option>
          ) : null}
          {ROLES_AT_ORGANIZATION.map((role) => (
            <option key={role} value={role}>
              {roles[role]}
            </option>
          ))}
        </select>
      </Field>
      <div className="field">
        <span className="field-label">{strings.email}</span>
        <p className="profile-email">
          <span className="profile-email-address">{user.email}</span>{' '}
          <Link to={routes.email}>{strings.changeEmail}</Link>
        </p>
        {user.pending_email ? (
          <p className="hint">{strings.pendingEmail(user.pending_email)}</p>
        ) : null}
      </div>
      <FormError message={errors.root?.serverError?.message} />
      <SaveActions pending={update.isPending} dirty={isDirty} saved={saved} labels={strings} />
    </form>
  )
}
