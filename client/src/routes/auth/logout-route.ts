import { redirect } from 'react-router';
import { logOut } from '../../api/auth-api.ts';
import { showFlashNotice } from '../../lib/flash-notice.ts';

const landingPath = '/';

/**
 * Logging out is a POST to this route from any page (the account menu, the account page).
 * Being an action, it makes the router reload every loader, so no page keeps showing the
 * user's name afterwards.
 */
async function logOutAction() {
  await logOut();
  showFlashNotice({ messageKey: 'loggedOut', path: landingPath });
  return redirect(landingPath);
}

/** Someone who types the address gets the front page, not an empty screen. */
function redirectToFrontPage() {
  return redirect(landingPath);
}

export const route = { action: logOutAction, loader: redirectToFrontPage };
