export interface SurvivalObservation {
	readonly months: number;
	/** 1 = the event (implemented) happened at `months`; 0 = censored there. */
	readonly event: number;
	/** How many identical observations this row stands for (SQL groups them); default 1. */
	readonly count?: number;
}

export interface KaplanMeierStep {
	/** Time of a distinct event time. */
	readonly months: number;
	readonly atRisk: number;
	readonly events: number;
	readonly censored: number;
	/** S(t): share not yet implemented just after `months`. */
	readonly survival: number;
}

export interface KaplanMeierResult {
	readonly steps: readonly KaplanMeierStep[];
	readonly n: number;
	readonly events: number;
	/** Months until 25 %, 50 %, 75 % are implemented (S <= 0.75, 0.5, 0.25); null if never reached. */
	readonly q25: number | null;
	readonly median: number | null;
	readonly q75: number | null;
}

/**
 * The product-limit estimator. At a time with both events and censorings,
 * the censored are taken as still at risk at that time (the usual convention).
 */
export function kaplanMeier(observations: readonly SurvivalObservation[]): KaplanMeierResult {
	const byTime = new Map<number, { events: number; censored: number }>();
	let n = 0;
	let totalEvents = 0;
	for (const o of observations) {
		const count = o.count ?? 1;
		const at = byTime.get(o.months) ?? { events: 0, censored: 0 };
		if (o.event === 1) {
			at.events += count;
			totalEvents += count;
		} else at.censored += count;
		byTime.set(o.months, at);
		n += count;
	}
	const times = [...byTime.keys()].sort((a, b) => a - b);
	let atRisk = n;
	let survival = 1;
	const steps: KaplanMeierStep[] = [];
	for (const t of times) {
		const { events, censored } = byTime.get(t)!;
		if (events > 0) {
			survival *= 1 - events / atRisk;
			steps.push({ months: t, atRisk, events, censored, survival });
		}
		atRisk -= events + censored;
	}
	const firstBelow = (level: number) =>
		steps.find((s) => s.survival <= level + 1e-12)?.months ?? null;
	return {
		steps,
		n,
		events: totalEvents,
		q25: firstBelow(0.75),
		median: firstBelow(0.5),
		q75: firstBelow(0.25)
	};
}
