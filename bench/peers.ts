/**
 * The Boltzmann wealth model of bench/boltzmann.ts written the ways other agent-based toolkits in
 * JavaScript write it, measured on the same machine as the core: class-per-agent JavaScript (each
 * agent an object, activated through a shuffled array of the objects) and flocc (each agent a flocc
 * `Agent` whose `tick` rule gives, the environment activating them in random order). Figures of
 * other machines, such as those quoted in issue 6, can be set beside the core through these.
 */
import { Agent, Environment, utils } from 'flocc';
import seedrandom from 'seedrandom';

/** A peer implementation: build a world of n agents, step it, and count its money. */
export interface PeerModel<W> {
  readonly name: string;
  create(n: number, seed: number): W;
  step(world: W): void;
  totalMoney(world: W): number;
}

class WealthAgent {
  money = 1;
}

interface ClassWorld {
  readonly agents: WealthAgent[];
  readonly order: WealthAgent[];
  readonly rng: () => number;
}

/** Class-per-agent JavaScript. */
export const classPerAgent: PeerModel<ClassWorld> = {
  name: 'class-per-agent',
  create(n, seed) {
    const agents = Array.from({ length: n }, () => new WealthAgent());
    return { agents, order: agents.slice(), rng: seedrandom.alea(`${seed}/class-per-agent`) as () => number };
  },
  step({ agents, order, rng }) {
    const n = agents.length;
    // The shuffle and the exchange are written out as in the hand-written loop, so that the two
    // differ only in holding agents as objects.
    for (let k = n - 1; k > 0; k--) {
      const r = Math.floor(rng() * (k + 1));
      const tmp = order[k];
      order[k] = order[r];
      order[r] = tmp;
    }
    for (let k = 0; k < n; k++) {
      const giver = order[k];
      if (giver.money > 0) {
        // One draw among the n-1 others: the giver's own index stands for the last agent.
        let j = Math.floor(rng() * (n - 1));
        if (agents[j] === giver) j = n - 1;
        giver.money--;
        agents[j].money++;
      }
    }
  },
  totalMoney: (w) => w.agents.reduce((sum, a) => sum + a.money, 0),
};

interface FloccWorld {
  readonly environment: Environment;
  readonly agents: Agent[];
}

/** flocc: agents with a `tick` rule in an environment that activates them in random order. */
export const flocc: PeerModel<FloccWorld> = {
  name: 'flocc',
  create(n, seed) {
    utils.seed(seed);
    const environment = new Environment();
    const agents: Agent[] = [];
    const give = (agent: Agent) => {
      if (agent.get('money') > 0) {
        let j = utils.random(0, n - 2);
        if (agents[j] === agent) j = n - 1;
        agent.decrement('money');
        agents[j].increment('money');
      }
    };
    for (let k = 0; k < n; k++) {
      const agent = new Agent({ money: 1, tick: give });
      environment.addAgent(agent);
      agents.push(agent);
    }
    return { environment, agents };
  },
  step: (w) => w.environment.tick({ randomizeOrder: true }),
  totalMoney: (w) => w.agents.reduce((sum, a) => sum + (a.get('money') as number), 0),
};
