/**
 * Numbers derived once from the scenario, in the units the daily rules use (per day, shares,
 * rupiah). A principle that is switched off has strength 0.
 */
import type { Scenario } from '../scenario/schema.js';

/** Converts a chance per `days` days into a chance per day. */
export function dailyChance(perPeriod: number, days: number): number {
  return 1 - Math.pow(1 - Math.min(perPeriod, 1), 1 / days);
}

/** Parameters of the daily rules. */
export interface Params {
  // households
  readonly workProbability: number;
  readonly incomeVolatility: number;
  readonly dailyPropensity: number;
  readonly borrowingLimitDays: number;
  readonly repaymentShare: number;
  /** Share of a household's consumption debt written off each day (economy 2; 0 under economy 1). */
  readonly debtWriteOff: number;
  readonly remittance: number;
  readonly snackProbability: number;
  // home industries
  readonly salesAlpha: number;
  readonly stockDays: number;
  readonly homeReserveDays: number;
  readonly reorderDays: number;
  readonly orderDays: number;
  readonly reserveDays: number;
  readonly directProbability: number;
  readonly failureDays: number;
  readonly restartCashDays: number;
  readonly helpRepayDays: number;
  /** Social 2: share of capital lent by a tie kept in the business while owed, 0 to 1. */
  readonly helpKeptShare: number;
  readonly peerLoanDays: number;
  readonly cancelAfterDays: number;
  // suppliers
  readonly leadDays: number;
  readonly delayMeanDays: number;
  readonly supplierStockDays: number;
  readonly restockLagDays: number;
  readonly creditDays: number;
  readonly creditLimit: number;
  readonly creditTrust: number;
  readonly forbearanceStrength: number;
  readonly graceDays: number;
  readonly defaultDays: number;
  readonly supplierCredit: boolean;
  // warungs
  readonly settleEvery: number;
  readonly slotCapacity: number;
  readonly consignment: boolean;
  readonly consignTrust: number;
  readonly outrightMargin: number;
  readonly outrightCapacity: number;
  readonly outrightSlots: number;
  readonly substitution: number;
  readonly outsideBuyersPerDay: number;
  // ties
  readonly reciprocity: number;
  readonly exchange: number;
  readonly similarity: number;
  readonly referrals: boolean;
  readonly referralDaily: number;
  readonly referralTrust: number;
  readonly helpTrust: number;
  readonly outsideOrdersPerDay: number;
  readonly trustRate: number;
  readonly brokenPenalty: number;
  readonly contactGain: number;
  /** Economy 2: share of the trust a tie lacks below `initialTrust` that is forgiven a day (0 to 1). */
  readonly forgivePerDay: number;
  /** Trust a new business tie starts with, and the level forgiven trust returns to (0 to 1). */
  readonly initialTrust: number;
  readonly decayPerDay: number;
  readonly digitalDecayPerDay: number;
  readonly dissolveBelow: number;
  readonly degreeCap: number;
  readonly similarityScale: number;
  // digital
  readonly bassP: number;
  readonly bassQ: number;
  readonly skillThreshold: number;
  readonly minSignal: number;
  readonly ordersPerContactDay: number;
  readonly unitsPerOrder: number;
  readonly platformFee: number;
  readonly shippingCost: number;
  readonly newContactProbability: number;
  // social 2 (docs/model.md, digital diffusion)
  /** True under `social: 2`: digital diffusion over every household tie, devices bought, WhatsApp groups. */
  readonly social2: boolean;
  /** Smartphone price, integer rupiah. */
  readonly devicePrice: number;
  /** Chance a remittance without a smartphone in the household buys one. */
  readonly devicePurchase: number;
  /** Marketplace and social-media orders a day per village. */
  readonly marketplaceOrders: number;
  /** Chance a day an online group member orders from an online producer of its group. */
  readonly whatsappOrder: number;
  /** Last tick (days from the world's creation) on which online buyers order; Infinity when they never stop. */
  readonly onlineBuyersLast: number;
  // economy 2 (docs/model.md version 2)
  /** True under `economy: 2`: one cash pool, paid labour, equipment, cash limits recorded. */
  readonly economy2: boolean;
  readonly businessReserveDays: number;
  readonly equipmentPrice: number;
  readonly equipmentGain: number;
  readonly equipmentPaybackDays: number;
  readonly wagePerDay: number;
  readonly hireShare: number;
  /** Share of a working day a family worker gives its business (0 to 1). */
  readonly familyTime: number;
  readonly snackShare: number;
  readonly passThrough: number;
  readonly priceStep: number;
  readonly lossPeriods: number;
  readonly reopenDays: number;
  readonly entryRate: number;
  readonly outsideElasticity: number;
  readonly budgetDays: number;
}

function strength(p: { enabled: boolean; strength: number }): number {
  return p.enabled ? p.strength : 0;
}

/** Trust needed when a principle of this strength is at work: the base threshold at full strength, 1 at none. */
function scaledThreshold(base: number, principleStrength: number): number {
  return principleStrength > 0 ? 1 - principleStrength * (1 - base) : 2;
}

/** The parameters of a scenario. */
export function deriveParams(s: Scenario): Params {
  const hh = s.households;
  const hi = s.home_industries;
  const sup = s.suppliers;
  const war = s.warungs;
  const net = s.network;
  const dig = s.digital;
  const reciprocity = strength(s.principles.reciprocity);
  return {
    workProbability: Math.min(1, hh.work_days_per_month / 30),
    incomeVolatility: hh.income_volatility,
    dailyPropensity: dailyChance(hh.discretionary_propensity, 30),
    borrowingLimitDays: hh.borrowing_limit_months * 30,
    repaymentShare: hh.repayment_share,
    debtWriteOff: s.economy === 2 ? 1 / (hh.debt_write_off_months * 30) : 0,
    remittance: hh.remittance,
    snackProbability: war.snack_probability,
    salesAlpha: 1 / hi.sales_memory_days,
    stockDays: hi.stock_days,
    homeReserveDays: hi.home_reserve_days,
    reorderDays: hi.reorder_days,
    orderDays: hi.order_days,
    reserveDays: hi.reserve_days,
    directProbability: hi.direct_purchase_probability,
    failureDays: hi.failure_days,
    restartCashDays: hi.restart_cash_days,
    helpRepayDays: hi.help_repay_days,
    helpKeptShare: hi.help_kept_share,
    peerLoanDays: hi.peer_loan_days,
    cancelAfterDays: hi.cancel_after_days,
    leadDays: sup.lead_days,
    delayMeanDays: sup.delay_mean_days,
    supplierStockDays: sup.stock_days,
    restockLagDays: sup.restock_lag_days,
    creditDays: sup.credit_days,
    creditLimit: Math.floor(sup.credit_limit * reciprocity),
    creditTrust: scaledThreshold(sup.credit_trust, reciprocity),
    forbearanceStrength: scaledThreshold(sup.forbearance_strength, reciprocity),
    graceDays: sup.grace_days,
    defaultDays: sup.default_days,
    supplierCredit: net.supplier_credit && reciprocity > 0 && sup.credit_limit > 0,
    settleEvery: war.settle_every_days,
    slotCapacity: war.slot_capacity,
    consignment: net.consignment && reciprocity > 0,
    consignTrust: scaledThreshold(war.consignment_trust, reciprocity),
    outrightMargin: war.outright_margin,
    outrightCapacity: war.outright_capacity,
    outrightSlots: war.outright_slots,
    substitution: war.substitution,
    outsideBuyersPerDay: war.outside_buyers_per_day,
    reciprocity,
    exchange: strength(s.principles.exchange),
    similarity: strength(s.principles.similarity),
    referrals: net.referrals,
    referralDaily: dailyChance(net.referral_rate, 30),
    referralTrust: net.referral_trust,
    helpTrust: net.help_trust,
    outsideOrdersPerDay: net.outside_orders_per_month / 30,
    trustRate: net.trust_learning_rate,
    brokenPenalty: net.broken_promise_penalty,
    contactGain: net.contact_gain,
    forgivePerDay: s.economy === 2 ? 1 - (1 - net.forgiveness_per_month) ** (1 / 30) : 0,
    initialTrust: net.initial_trust,
    decayPerDay: net.decay_per_month / 30,
    digitalDecayPerDay: net.digital_decay_per_month / 30,
    dissolveBelow: net.dissolve_below,
    degreeCap: net.degree_cap,
    similarityScale: net.similarity_scale,
    bassP: dailyChance(dig.bass_p_per_year, 365),
    bassQ: dailyChance(dig.bass_q_per_year, 365),
    skillThreshold: dig.skill_threshold,
    minSignal: dig.min_signal,
    ordersPerContactDay: dig.orders_per_contact_per_month / 30,
    unitsPerOrder: dig.units_per_order,
    platformFee: dig.platform_fee,
    shippingCost: dig.shipping_cost_per_order,
    newContactProbability: dig.new_contact_probability,
    social2: s.social === 2,
    devicePrice: dig.device_price,
    devicePurchase: dig.device_purchase_probability,
    whatsappOrder: dig.whatsapp_order_probability,
    marketplaceOrders: dig.marketplace_orders_per_day,
    onlineBuyersLast: dig.online_buyers_until_day === undefined ? Number.POSITIVE_INFINITY : s.warmup_days + dig.online_buyers_until_day,
    economy2: s.economy === 2,
    businessReserveDays: s.finance.business_reserve_days,
    equipmentPrice: s.finance.equipment_price,
    equipmentGain: s.finance.equipment_output_gain,
    equipmentPaybackDays: s.finance.equipment_payback_months * 30,
    wagePerDay: s.labour.wage_per_day,
    hireShare: s.labour.hire_share,
    familyTime: s.labour.family_time,
    snackShare: s.demand.snack_share,
    passThrough: s.finance.pass_through,
    priceStep: s.finance.price_step,
    lossPeriods: s.finance.loss_periods,
    reopenDays: s.finance.reopen_days,
    entryRate: s.finance.entry_rate,
    outsideElasticity: s.economy === 2 ? s.demand.outside_price_elasticity : 0,
    budgetDays: s.demand.budget_days,
  };
}
