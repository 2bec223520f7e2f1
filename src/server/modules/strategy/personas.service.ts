import type { Persona, PersonaBody } from '../../../contracts/strategy.js';
import type { Clock } from '../../platform/clock.js';
import { notFound } from '../../platform/problem.js';
import type { PersonasRepository } from './personas.repository.js';

export function createPersonasService({
  personasRepository,
  clock,
}: {
  personasRepository: PersonasRepository;
  clock: Clock;
}) {
  return {
    listPersonas: (workspaceId: string) => personasRepository.list(workspaceId),
    createPersona: (workspaceId: string, body: PersonaBody) => personasRepository.insert(workspaceId, body),

    async updatePersona(
      workspaceId: string,
      personaId: string,
      patch: Partial<PersonaBody>,
    ): Promise<Persona> {
      const updated = await personasRepository.update(workspaceId, personaId, patch, clock.now());
      if (!updated) throw notFound();
      return updated;
    },

    async deletePersona(workspaceId: string, personaId: string) {
      if (!(await personasRepository.delete(workspaceId, personaId))) throw notFound();
    },
  };
}

export type PersonasService = ReturnType<typeof createPersonasService>;
