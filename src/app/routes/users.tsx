import { UsersList } from '../../features/users/components/users-list'
import { usersStrings } from '../../features/users/strings'
import '../../features/users/users.css'
import { framedPage } from '../page-frame'

export const Component = framedPage('users', () => usersStrings.listIntro, [UsersList])
