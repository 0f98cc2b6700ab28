/**
 * Which module owns which table (docs/decisions/0019). Only the owner's repositories write a
 * table; another module's repository may read it only where listed under `reads` — a join
 * for the names and states a view shows beside its own rows — and must reach it through the
 * owner's service for anything else.
 */
export const moduleTables: Record<string, { owns: readonly string[]; reads?: readonly string[] }> =
  {
    audit: { owns: ['audit_events'], reads: ['shops', 'users'] },
    auth: {
      owns: ['sessions', 'password_reset_tokens', 'registration_requests'],
      reads: ['users'],
    },
    basket: {
      owns: ['baskets', 'basket_items'],
      // A basket line shows the product, its variant, photo and shop as they are now.
      reads: [
        'products',
        'product_variants',
        'product_services',
        'product_images',
        'shops',
        'municipalities',
      ],
    },
    'carrier-reports': {
      owns: ['carrier_reports', 'carrier_report_forwards'],
      // The municipality's list names each report's carrier.
      reads: ['carriers'],
    },
    catalogue: {
      owns: [
        'products',
        'product_variants',
        'product_services',
        'product_images',
        'categories',
        'catalogue_imports',
        'vat_rates',
        'product_search',
        'search_words',
      ],
      // Listings show a product's shop and home municipality, and only where it is sold.
      reads: ['shops', 'municipalities', 'shop_listings'],
    },
    counter: {
      owns: ['handovers', 'handover_confirmations'],
      // The parcel list shows the orders of a handover with their shop and resident.
      // Its statistics count parcels per point and name the point (decision 0038).
      reads: [
        'shop_orders',
        'checkouts',
        'order_lines',
        'order_status_events',
        'shops',
        'service_points',
      ],
    },
    deliveries: {
      owns: [
        'delivery_notes',
        'delivery_runs',
        'delivery_commands',
        'cool_bags_out',
        'delivery_corrections',
      ],
      // A note shows its order's parcel code, status, goods and the resident's mail and
      // language (the morning notice); a carrier's list names the shop. Its statistics name
      // the shop and the carrier (decision 0038).
      reads: ['shop_orders', 'checkouts', 'order_lines', 'shops', 'carriers'],
    },
    fulfilment: {
      owns: ['shop_fulfilment_settings', 'pickup_schedules'],
      // A checkout's shops are read with their pickup settings in one statement (decision 0052).
      reads: ['service_points', 'municipalities', 'shops'],
    },
    'home-delivery': {
      owns: [
        'home_delivery_settings',
        'delivery_zones',
        'delivery_zone_places',
        'carriers',
        'carrier_zones',
        'home_delivery_agreements',
        'shop_home_delivery',
        'shop_delivery_zones',
        'shop_carriers',
      ],
      // Agreements and the public page name the shop.
      reads: ['shops'],
    },
    households: {
      owns: ['households'],
      // A resident's list names each household's municipality; the municipality's list names
      // the admin who decided.
      reads: ['municipalities', 'users'],
    },
    images: {
      owns: ['images'],
      // An image none of these names is an orphan.
      reads: ['product_images', 'shops', 'municipalities'],
    },
    invitations: { owns: ['invitations'] },
    mail: { owns: ['outbox_messages', 'outbox_attachments'] },
    municipalities: { owns: ['regions', 'municipalities'] },
    orders: {
      owns: [
        'checkouts',
        'shop_orders',
        'order_lines',
        'order_status_events',
        'order_charges',
        'outside_refunds',
        'payment_disputes',
      ],
      // Order views show the shop, where and by which code it is collected, who did what.
      // Statistics group sold lines by their product's category, named (decision 0038).
      reads: [
        'shops',
        'municipalities',
        'service_points',
        'handovers',
        'users',
        'products',
        'categories',
      ],
    },
    payments: { owns: ['shop_payment_accounts', 'payment_events'] },
    'service-points': { owns: ['service_points'], reads: ['municipalities', 'shops'] },
    // A resident's request for a service at home (decision 0071): its product and shop are
    // read through the catalogue's and the shops' services.
    'service-requests': { owns: ['service_requests'] },
    shops: {
      owns: ['shops', 'shop_categories', 'shop_listings'],
      // Categories are the catalogue's; a shop's new-order notice goes to its owners.
      reads: ['municipalities', 'categories', 'role_assignments', 'users'],
    },
    subsidy: { owns: ['subsidy_rules', 'price_base_amounts'] },
    users: {
      owns: ['users', 'role_assignments'],
      // A role names its scope.
      reads: ['regions', 'municipalities', 'shops', 'service_points', 'carriers'],
    },
  };
