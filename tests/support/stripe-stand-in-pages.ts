/**
 * The stand-in's hosted pages: Stripe Checkout and Connect onboarding, reduced to one button.
 * Plain HTML with no script, so a browser test drives them like any form.
 */
const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><main>${body}</main></body></html>`;
}

export function checkoutPage(session: {
  id: string;
  status: string;
  amountTotal: number;
  cancelUrl: string;
  lines: { name: string; quantity: number; amountOre: number }[];
}): string {
  const items = session.lines
    .map(
      (line) =>
        `<li>${escapeHtml(line.name)} × ${line.quantity}: ${(line.amountOre / 100).toFixed(2)} SEK</li>`,
    )
    .join('');
  const action =
    session.status === 'open'
      ? `<form method="post" action="/checkout/${escapeHtml(session.id)}"><button type="submit">Pay</button></form>
         <p><a href="${escapeHtml(session.cancelUrl)}">Cancel</a></p>`
      : `<p>This checkout is ${escapeHtml(session.status)}.</p>`;
  return page(
    'Stripe Checkout (stand-in)',
    `<h1>Stripe Checkout (stand-in)</h1><ul>${items}</ul>
     <p>Total: ${(session.amountTotal / 100).toFixed(2)} SEK</p>${action}`,
  );
}

export function onboardingPage(link: { id: string; accountId: string }): string {
  return page(
    'Stripe onboarding (stand-in)',
    `<h1>Stripe onboarding (stand-in)</h1><p>Account ${escapeHtml(link.accountId)}</p>
     <form method="post" action="/connect/${escapeHtml(link.id)}"><button type="submit">Complete onboarding</button></form>`,
  );
}

export function messagePage(message: string): string {
  return page('Stripe (stand-in)', `<p>${escapeHtml(message)}</p>`);
}
