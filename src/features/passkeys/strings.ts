import { t } from '@lingui/core/macro'
import type { AuthenticatorType } from '../../../contract/passkeys'
import type { ErrorMessages } from '../../lib/error-message'
import { i18n, isolate, registerEnglish } from '../../lib/i18n'
import { messages } from './locales/en.po'

registerEnglish(messages)

/** PostHog's limit on a passkey's name (posthog/api/webauthn.py). */
export const PASSKEY_NAME_MAX = 200

export const passkeysStrings = {
  get title() {
    return t({ message: 'Passkeys', comment: 'Heading of the passkeys section' })
  },
  get intro() {
    return t`A passkey signs you in with your fingerprint, face or device PIN instead of a password. It stays on your device or in your password manager, and a phishing site cannot use it.`
  },
  get loading() {
    return t`Loading your passkeys`
  },
  get listLabel() {
    return t({ message: 'Your passkeys', comment: 'Accessible name of the list of passkeys' })
  },
  get empty() {
    return t`You have no passkeys yet.`
  },

  // Where passkeys can't be made
  get managedElsewhere() {
    return t`Passkeys for this account are managed in PostHog itself: a passkey belongs to the site it was made on, and this page runs on another address.`
  },
  get managedElsewhereLink() {
    return t`Manage your passkeys in PostHog`
  },
  get noWebAuthn() {
    return t`This browser can’t make or check passkeys. You can still rename or delete them here; to add or verify one, use a browser that supports passkeys.`
  },

  // One passkey
  get unnamed() {
    return t({ message: 'Unnamed passkey', comment: 'A passkey whose name is empty' })
  },
  get kindLabel() {
    return t({ message: 'Kind', comment: 'Label of the kind of authenticator, e.g. Security key' })
  },
  get addedLabel() {
    return t({ message: 'Added', comment: 'Label of the date a passkey was added' })
  },
  get kinds(): Record<AuthenticatorType, string> {
    return {
      platform: t({
        message: 'Built into a device',
        comment: 'Passkey kind: kept by the computer or phone itself (Touch ID, Windows Hello)',
      }),
      hybrid: t({
        message: 'Phone or synced passkey',
        comment: 'Passkey kind: used from a phone nearby or synced by a password manager',
      }),
      hardware: t({
        message: 'Security key',
        comment: 'Passkey kind: a USB, NFC or Bluetooth security key',
      }),
      unknown: t({ message: 'Unknown kind', comment: 'Passkey kind the browser did not report' }),
    }
  },
  get verified() {
    return t({ message: 'Verified', comment: 'State of a passkey that can sign in' })
  },
  get notVerified() {
    return t({ message: 'Not verified', comment: 'State of a passkey that cannot sign in yet' })
  },
  get notVerifiedHint() {
    return t`A passkey that is not verified can’t sign you in yet. Choose Verify and use it once to finish adding it.`
  },
  get rename() {
    return t({ message: 'Rename', comment: 'Button: renames a passkey' })
  },
  renameLabel: (passkeyName: string) => {
    const name = isolate(passkeyName)
    return t({ message: `Rename ${name}`, comment: 'Accessible name of a passkey’s Rename button' })
  },
  get verify() {
    return t({ message: 'Verify', comment: 'Button: proves a stored passkey works' })
  },
  verifyLabel: (passkeyName: string) => {
    const name = isolate(passkeyName)
    return t({ message: `Verify ${name}`, comment: 'Accessible name of a passkey’s Verify button' })
  },
  get verifying() {
    return t({ message: 'Verifying…', comment: 'Busy Verify button' })
  },
  verifiedAnnounce: (passkeyName: string) => {
    const name = isolate(passkeyName)
    return t`${name} is verified and can now sign you in.`
  },
  get delete() {
    return t({ message: 'Delete', comment: 'Button: deletes a passkey' })
  },
  deleteLabel: (passkeyName: string) => {
    const name = isolate(passkeyName)
    return t({ message: `Delete ${name}`, comment: 'Accessible name of a passkey’s Delete button' })
  },

  // Rename
  get nameLabel() {
    return t({ message: 'Name', comment: 'Label of a passkey’s name field' })
  },
  get save() {
    return t({ message: 'Save name', comment: 'Button: saves a passkey’s new name' })
  },
  get saving() {
    return t({ message: 'Saving…', comment: 'Busy button while a passkey’s name is saved' })
  },
  get cancel() {
    return t({ message: 'Cancel', comment: 'Leaves a passkey form or dialog without changes' })
  },
  get nameRequired() {
    return t`Enter a name for the passkey.`
  },
  nameTooLong: (max: number) => {
    const limit = i18n.number(max)
    return t`Use at most ${limit} characters.`
  },
  renamedAnnounce: (passkeyName: string) => {
    const name = isolate(passkeyName)
    return t`Passkey renamed to ${name}.`
  },
  get gone() {
    return t`This passkey no longer exists; it may have been deleted in another tab.`
  },

  // Delete
  deleteTitle: (passkeyName: string) => {
    const name = isolate(passkeyName)
    return t`Delete ${name}?`
  },
  get deleteBody() {
    return t`This passkey can no longer sign you in. Delete it from your device or password manager too, or it will keep offering it.`
  },
  get deleteEndsSecondFactor() {
    return t`It is your last verified passkey, so signing in will no longer ask for a passkey as the second factor.`
  },
  get deleteConfirm() {
    return t({ message: 'Delete passkey', comment: 'Confirm button of the delete dialog' })
  },
  get deleting() {
    return t({ message: 'Deleting…', comment: 'Busy button while a passkey is deleted' })
  },
  deletedAnnounce: (passkeyName: string) => {
    const name = isolate(passkeyName)
    return t`${name} was deleted.`
  },

  // Add
  get addTitle() {
    return t({ message: 'Add a passkey', comment: 'Heading of the form that adds a passkey' })
  },
  get addNameHint() {
    return t`So you can tell your passkeys apart, for example the device it is on.`
  },
  get firstSignsOut() {
    return t`Once your first passkey is verified, every other browser signed in to your account is signed out.`
  },
  get defaultName() {
    return t({
      message: 'My passkey',
      comment: 'Name given to a new passkey when the name field is left empty',
    })
  },
  get add() {
    return t({ message: 'Add passkey', comment: 'Button: opens the browser’s passkey prompt' })
  },
  get adding() {
    return t({ message: 'Waiting for your passkey…', comment: 'Busy Add passkey button' })
  },
  addedAnnounce: (passkeyName: string) => {
    const name = isolate(passkeyName)
    return t`Passkey ${name} added and verified. You can now sign in with it.`
  },
  addedNotVerified: (passkeyName: string) => {
    const name = isolate(passkeyName)
    return t`Passkey ${name} was saved but not verified, so it can’t sign you in yet. Choose Verify next to it to finish.`
  },

  // What a prompt or the server said
  get cancelled() {
    return t`The passkey prompt was closed or timed out, so nothing changed.`
  },
  get known() {
    return t`This device already holds a passkey for your account. Use that one, or add a passkey on another device or password manager.`
  },
  get unsupported() {
    return t`This browser can’t make or check passkeys.`
  },
  get promptFailed() {
    return t`Your device couldn’t complete the passkey. Nothing changed; try again, or use another device.`
  },
  get registrationRefused() {
    return t`The server couldn’t accept the new passkey, so it wasn’t added. Try again.`
  },
  get verifyCancelled() {
    return t`The passkey prompt was closed or timed out, so the passkey is still not verified.`
  },
  get verifyRefused() {
    return t`The server couldn’t confirm the passkey, so it is still not verified. Try Verify again.`
  },
  get nameRefused() {
    const limit = i18n.number(PASSKEY_NAME_MAX)
    return t`PostHog refused the name. Use 1 to ${limit} characters.`
  },
  get errors(): ErrorMessages {
    return {
      sso_enforced: t`Passkeys can’t be added because your organization requires single sign-on (SSO).`,
    }
  },

  // The second-factor switch
  get secondFactor() {
    return t`Use passkeys as a second factor`
  },
  get secondFactorHint() {
    return t`After your password, signing in asks for one of your verified passkeys. Turning this on signs you out in every other browser.`
  },
  get secondFactorNeedsPasskey() {
    return t`Add and verify a passkey first: only a verified passkey can be a second factor.`
  },
  get secondFactorComesBack() {
    return t`It was on before your passkeys were deleted, and comes back on by itself once you verify a new passkey.`
  },
  secondFactorSaved: (on: boolean) =>
    on
      ? t`Passkeys are now your second factor. Other browsers were signed out.`
      : t`Signing in no longer asks for a passkey as the second factor.`,
  secondFactorFailed: (reason: string) => t`Passkeys as a second factor not saved: ${reason}`,
  get secondFactorErrors(): ErrorMessages {
    return {
      no_passkeys: t`Add and verify a passkey before using passkeys as a second factor.`,
      sensitive_action_required_reauth: t`Not saved because you didn’t confirm it’s you. Try again and enter your password when asked.`,
    }
  },
}
